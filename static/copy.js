// "Kopiér link" and "Kopiér koden", without the wasm: a button with data-copy="ID" copies
// the value of the field with that id and says so in the status line "ID-status" (its
// data-copied); when the clipboard is missing or refuses, it selects the text for the
// reader to copy with Ctrl+C and says that (data-fallback). Clicks anywhere bubble here.
addEventListener('click', function (e) {
  var button = e.target.closest && e.target.closest('button[data-copy]');
  if (!button) return;
  var field = document.getElementById(button.dataset.copy);
  var say = function (copied) {
    if (!copied) field.select();
    document.getElementById(button.dataset.copy + '-status').textContent =
      copied ? button.dataset.copied : button.dataset.fallback;
  };
  if (navigator.clipboard) navigator.clipboard.writeText(field.value).then(function () { say(true); }, function () { say(false); });
  else say(false);
});
