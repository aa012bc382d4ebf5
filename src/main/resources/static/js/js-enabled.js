// Marks the page as able to run GOV.UK Frontend's JavaScript, as its page template does inline.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
