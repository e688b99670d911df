// Embeds the booking page: <script src="https://termin.example/embed.js" data-tenant="demo" data-key="..."
// data-color="#7a3b69" data-lang="de" async></script> inserts an iframe where the script tag stands.
(function () {
  var s = document.currentScript;
  if (!s) return;
  var base = new URL(s.src, location.href).origin;
  var q = new URLSearchParams();
  if (s.dataset.key) q.set('key', s.dataset.key);
  if (s.dataset.color) q.set('color', s.dataset.color);
  if (s.dataset.lang) q.set('lang', s.dataset.lang);
  var f = document.createElement('iframe');
  f.src = base + '/book/' + encodeURIComponent(s.dataset.tenant || 'demo') + '?' + q.toString();
  f.title = s.dataset.title || 'Termin buchen';
  f.loading = 'lazy';
  f.style.width = '100%';
  f.style.maxWidth = '480px';
  f.style.height = s.dataset.height || '760px';
  f.style.border = '0';
  s.parentNode.insertBefore(f, s);
})();
