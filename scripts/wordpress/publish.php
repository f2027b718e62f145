<?php
/**
 * Publishes posts as a given user, the way the editor's save does: through
 * wp_insert_post with that user current, so the content_save_pre filters
 * (kses, for a user without unfiltered_html) apply exactly as for that role.
 *
 * stdin: JSON [{ "user": "admin"|"author", "title": "…", "content": "…" }, …]
 * stdout: JSON [{ "id", "url", "user", "kses", "stored" }, …] where `kses` says
 * whether wp_filter_post_kses was on content_save_pre when the post was saved
 * and `stored` is the post_content WordPress kept.
 */
require __DIR__ . '/bootstrap.php';

$out = [];
foreach (json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR) as $post) {
	$user = get_user_by('login', $post['user']);
	if (!$user) throw new RuntimeException("no user {$post['user']}");
	wp_set_current_user($user->ID); // fires set_current_user: kses_init() adds or removes the filters
	$kses = has_filter('content_save_pre', 'wp_filter_post_kses') !== false;
	if ($kses === current_user_can('unfiltered_html')) throw new RuntimeException("kses is not as the role says for {$post['user']}");
	$id = wp_insert_post([
		'post_title' => wp_slash($post['title']),
		'post_content' => wp_slash($post['content']), // wp_insert_post unslashes, as for a form post
		'post_status' => 'publish',
		'post_author' => $user->ID,
	], true);
	if (is_wp_error($id)) throw new RuntimeException($id->get_error_message());
	$out[] = ['id' => $id, 'url' => get_permalink($id), 'user' => $post['user'], 'kses' => $kses, 'stored' => get_post($id)->post_content];
}
echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT), "\n";
