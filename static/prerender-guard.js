// Runs before the first paint (a classic script in <head>). The page's HTML holds the
// calculator's default view, pre-rendered at build time, which the app replaces when its
// wasm has arrived. A link with a query (a prefilled calculation, English, embed, the batch
// view) would show the wrong view meanwhile, so for those the pre-rendered view is hidden.
if (location.search.length > 1) document.documentElement.classList.add('has-query');
