// Sends the CSRF token with every htmx request, as forms do with their hidden field.
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});
// A button with data-confirm asks before it submits its form.
document.addEventListener('click', function (event) {
	var button = event.target.closest('[data-confirm]');
	if (button && !window.confirm(button.getAttribute('data-confirm'))) {
		event.preventDefault();
	}
});
// A button with data-copy copies the text of the element it names.
document.addEventListener('click', function (event) {
	var button = event.target.closest('[data-copy]');
	if (button && navigator.clipboard) {
		var source = document.getElementById(button.getAttribute('data-copy'));
		if (source) {
			navigator.clipboard.writeText(source.value || source.textContent);
		}
	}
});
