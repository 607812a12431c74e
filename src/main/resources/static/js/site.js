// The guest site's one script: the home page's gallery turns to its next picture every few
// seconds (not when the guest asks for reduced motion, nor while the pointer or focus is on it).
(function () {
	'use strict';
	function rotate(hero) {
		var slides = hero.querySelectorAll('.slide');
		if (slides.length < 2 || window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
			return;
		}
		var current = 0;
		var paused = false;
		hero.addEventListener('mouseenter', function () { paused = true; });
		hero.addEventListener('mouseleave', function () { paused = false; });
		hero.addEventListener('focusin', function () { paused = true; });
		hero.addEventListener('focusout', function () { paused = false; });
		window.setInterval(function () {
			if (paused || document.hidden) {
				return;
			}
			slides[current].classList.remove('current');
			current = (current + 1) % slides.length;
			var image = slides[current].querySelector('img');
			if (image) {
				image.loading = 'eager';
			}
			slides[current].classList.add('current');
		}, parseInt(hero.getAttribute('data-rotate'), 10) || 7000);
	}
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('.hero[data-rotate]').forEach(rotate);
	});
})();
