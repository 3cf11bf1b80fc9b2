function fail(e) {
  if (!((e.error || e.reason) instanceof WebAssembly.RuntimeError) || document.querySelector('.panic-message')) return;
  var p = document.createElement('p');
  p.className = 'panic-message';
  p.setAttribute('role', 'alert');
  p.textContent = 'Noget gik galt — genindlæs siden. (Something went wrong — reload the page.)';
  document.body.prepend(p);
}
addEventListener('error', fail);
addEventListener('unhandledrejection', fail);
