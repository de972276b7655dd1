// The chat page's own words (not the bot's, which come from dialogs/<language>/), one object per language. The
// elements of widget.html name their text with data-text="<key>" (data-label="<key>" for an aria-label).
export const chatStrings = Object.freeze({
  en: Object.freeze({
    defaultLocale: 'en-US',
    subtitle: 'The Spine Institute · Santa Monica',
    close: 'Close the SpineBot chat',
    conversation: 'Conversation with SpineBot',
    unavailable: 'Sorry, the chat is not available right now.',
    unavailableCall: 'Please call The Spine Institute at',
    unavailableEmergency: 'If you have a medical emergency, call 911.',
    retry: 'Try again',
    footnote: 'General information, not a diagnosis. Emergency? Call 911.',
    placeholder: 'Type your message',
    userInitials: 'You',
  }),
  es: Object.freeze({
    defaultLocale: 'es-US',
    subtitle: 'The Spine Institute · Santa Monica',
    close: 'Cerrar el chat de SpineBot',
    conversation: 'Conversación con SpineBot',
    unavailable: 'Lo sentimos, el chat no está disponible en este momento.',
    unavailableCall: 'Llame a The Spine Institute al',
    unavailableEmergency: 'Si tiene una emergencia médica, llame al 911.',
    retry: 'Intentar de nuevo',
    footnote: 'Información general, no un diagnóstico. ¿Una emergencia? Llame al 911.',
    placeholder: 'Escriba su mensaje',
    userInitials: 'Yo',
  }),
});

function languageOf(tag) {
  const language = String(tag || '').toLowerCase().split('-')[0];
  return Object.hasOwn(chatStrings, language) ? language : null;
}

/**
 * The chat's language and the locale Web Chat sends with every activity: the one the page asked for (?lang=es, set
 * by /embed.js), else the first of the browser's languages that the chat speaks, else English. The locale is the
 * browser's own tag for that language ("es-MX", "en-GB") when it has one, else es-US / en-US.
 */
export function chooseChatLanguage(search = window.location.search, browserLanguages = navigator.languages) {
  const languages = browserLanguages && browserLanguages.length ? [...browserLanguages] : [navigator.language];
  const asked = languageOf(new URLSearchParams(search).get('lang'));
  const language = asked || languages.map(languageOf).find(Boolean) || 'en';
  const browserTag = languages.find((tag) => languageOf(tag) === language && /^[a-z]{2}-[a-z]{2}$/i.test(tag));
  return { language, locale: browserTag || chatStrings[language].defaultLocale, strings: chatStrings[language] };
}

/** Puts the language's words into the page: data-text fills an element's text, data-label its aria-label. */
export function applyChatStrings(root, language, strings) {
  root.documentElement.lang = language;
  for (const element of root.querySelectorAll('[data-text]')) {
    element.textContent = strings[element.dataset.text];
  }

  for (const element of root.querySelectorAll('[data-label]')) {
    element.setAttribute('aria-label', strings[element.dataset.label]);
  }
}
