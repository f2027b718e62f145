// Shows, under each live example, the HTML that produced it: read from the
// page itself, so the snippet and the example cannot drift apart.
for (const live of document.querySelectorAll('.example .live')) {
  const lines = live.innerHTML.replace(/^\s*\n/, '').trimEnd().split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^\s*/)[0].length));
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = lines.map((line) => line.slice(indent)).join('\n');
  pre.append(code);
  const label = document.createElement('p');
  label.className = 'snippet-label';
  label.textContent = 'The HTML for this example:';
  live.after(label, pre);
}
