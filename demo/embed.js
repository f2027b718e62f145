// embed.html?feed=…&question=… (or &search=category-id): one element, for CMSes
// that allow an <iframe> but no <script>. It tells the page that embeds it its
// height (postMessage), so a page that adds the one-line listener below can size
// the iframe to fit:
//   addEventListener('message', (e) => { if (e.origin === 'https://where-embed-lives.example' && e.data?.type === 'fertility-qa:height')
//     for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.blockSize = `${e.data.height}px`; });
const params = new URLSearchParams(location.search);
const isQuestion = params.has('question');
const el = document.createElement(isQuestion ? 'fertility-question' : 'qa-search');
el.setAttribute('src', params.get('feed') ?? 'feed.json');
if (isQuestion) el.setAttribute('question', params.get('question'));
else if (params.get('search')) el.setAttribute('categories', params.get('search'));
for (const name of ['theme', 'lang']) if (params.get(name)) el.setAttribute(name, params.get(name));
document.body.append(el);
// Only the parent page gets the height; it is the only thing sent.
const send = () => parent !== window && parent.postMessage({ type: 'fertility-qa:height', height: Math.ceil(document.documentElement.scrollHeight) }, '*');
new ResizeObserver(send).observe(document.documentElement);
