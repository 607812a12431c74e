// What a guest page must be: labelled controls, errors tied to their fields, readable text.
// Returns the problems found, one line each.
var problems = [];
if (!document.documentElement.lang) {
  problems.push('html has no lang');
}
document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(function (control) {
  var named = (control.labels && control.labels.length > 0) || control.getAttribute('aria-label')
      || control.getAttribute('aria-labelledby');
  if (!named) {
    problems.push('no label: ' + control.outerHTML.slice(0, 100));
  }
});
document.querySelectorAll('p.error').forEach(function (error) {
  if (error.getAttribute('role') === 'alert') {
    return;
  }
  if (!error.id || !document.querySelector('[aria-describedby~="' + error.id + '"]')) {
    problems.push('error not tied to a field: ' + error.textContent.trim());
  }
});
function parse(colour) {
  var m = /rgba?\(([^)]+)\)/.exec(colour);
  if (!m) { return null; }
  var parts = m[1].split(/[\s,\/]+/).filter(function (p) { return p.length > 0; }).map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}
function blend(top, bottom) {
  var a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}
function luminance(c) {
  function linear(v) { v = v / 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
  return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
}
// the colour behind an element, or null where a picture or gradient lies behind it
function background(element) {
  var layers = [];
  for (var e = element; e; e = e.parentElement) {
    var style = getComputedStyle(e);
    if (style.backgroundImage !== 'none') { return null; }
    var c = parse(style.backgroundColor);
    if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) { break; } }
  }
  var colour = [255, 255, 255, 1];
  for (var i = layers.length - 1; i >= 0; i--) { colour = blend(layers[i], colour); }
  return colour;
}
function opacity(element) {
  var o = 1;
  for (var e = element; e; e = e.parentElement) { o *= parseFloat(getComputedStyle(e).opacity); }
  return o;
}
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
var seen = new Set();
while (walker.nextNode()) {
  var node = walker.currentNode;
  var element = node.parentElement;
  if (!element || !node.textContent.trim() || seen.has(element)) { continue; }
  seen.add(element);
  if (element.closest('script, style, .sr-only, .skip') || element.getClientRects().length === 0) { continue; }
  var style = getComputedStyle(element);
  var faded = opacity(element);
  if (style.visibility === 'hidden' || faded === 0) { continue; }
  var ground = background(element);
  if (!ground) { continue; }
  var text = parse(style.color);
  var shown = blend([text[0], text[1], text[2], text[3] * faded], ground);
  var one = luminance(shown), other = luminance(ground);
  var ratio = (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
  var size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  var least = (size >= 24 || (size >= 18.66 && bold)) ? 3 : 4.5;
  if (ratio < least) {
    problems.push('contrast ' + ratio.toFixed(2) + ' of "' + node.textContent.trim().slice(0, 40) + '" ('
        + style.color + ' on rgb(' + ground.slice(0, 3).map(Math.round).join(',') + '))');
  }
}
return problems;
