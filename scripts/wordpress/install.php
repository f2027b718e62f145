<?php
// A fresh site: WordPress's own installer, then an author (a role without
// unfiltered_html) beside the administrator it creates.
define('WP_INSTALLING', true);
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install('A fertility blog', 'admin', 'admin@example.test', false, '', wp_generate_password(24));
$author = wp_insert_user([
	'user_login' => 'author',
	'user_pass' => wp_generate_password(24),
	'user_email' => 'author@example.test',
	'display_name' => 'An author',
	'role' => 'author',
]);
if (is_wp_error($author)) {
	fwrite(STDERR, $author->get_error_message() . "\n");
	exit(1);
}
// The author really lacks unfiltered_html, the administrator really has it.
if (user_can($author, 'unfiltered_html') || !user_can($result['user_id'], 'unfiltered_html')) {
	fwrite(STDERR, "unexpected unfiltered_html capabilities\n");
	exit(1);
}
echo "Site installed: theme ", get_stylesheet(), ", WordPress ", get_bloginfo('version'), "\n";
