// A file input with data-max-bytes refuses a larger file before it is sent, with the
// message in data-too-large; the server checks again.
document.addEventListener('change', function (event) {
	var input = event.target;
	if (input.matches && input.matches('input[type=file][data-max-bytes]')) {
		var tooLarge = input.files && input.files.length > 0
			&& input.files[0].size > Number(input.getAttribute('data-max-bytes'));
		input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
		input.reportValidity();
	}
});
