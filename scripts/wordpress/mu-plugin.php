<?php
/**
 * Plugin Name: fertility-qa test site
 * Description: For the throwaway site of scripts/wordpress/run.sh only. The
 * widget's "CDN" and question pages are on 127.0.0.1 (other ports), which
 * WordPress's HTTP API refuses for oEmbed discovery unless told otherwise.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
	return $external || in_array($host, ['127.0.0.1', 'localhost'], true);
}, 10, 2);
// WordPress allows only ports 80, 443 and 8080 in "safe" requests; the test
// servers listen on free ports.
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
	if (in_array($host, ['127.0.0.1', 'localhost'], true)) $ports[] = (int) parse_url($url, PHP_URL_PORT);
	return $ports;
}, 10, 3);
// No mail leaves a test site.
if (!function_exists('wp_mail')) {
	function wp_mail() { return true; }
}
