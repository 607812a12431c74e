// Every text a guest may meet on the page: text nodes (hidden ones too) and the attributes read out.
var texts = [];
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  var parent = walker.currentNode.parentElement;
  if (parent && !parent.closest('script, style')) {
    texts.push(walker.currentNode.textContent);
  }
}
document.querySelectorAll('[alt], [title], [aria-label], [placeholder]').forEach(function (element) {
  ['alt', 'title', 'aria-label', 'placeholder'].forEach(function (name) {
    if (element.hasAttribute(name)) { texts.push(element.getAttribute(name)); }
  });
});
texts.push(document.title);
return texts.map(function (t) { return t.replace(/\s+/g, ' ').trim(); }).filter(function (t) { return t.length > 0; });
