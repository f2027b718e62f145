<?php
// Loads the test site's WordPress from the command line (WP_ROOT, WP_URL from
// scripts/wordpress/run.sh), as a request to its home page would.
$url = parse_url(getenv('WP_URL'));
$_SERVER['HTTP_HOST'] = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require getenv('WP_ROOT') . '/wp-load.php';
