/*
 * SpineBot embed: paste <script src="https://<bot-host>/embed.js" defer></script> into any page.
 * Adds a chat launcher button in the bottom-right corner; the button opens the chat (the bot's /widget page)
 * in an iframe panel, so the host page's CSS and CSP do not reach Web Chat. Elements with a
 * data-spinebot-open attribute open the chat too, and window.SpineBot.open()/close() do it from script.
 * Its words are English or Spanish: Spanish when the snippet says data-language="es", else when the visitor's
 * browser puts Spanish before English (navigator.languages), else when the page is <html lang="es">.
 */
(function () {
  'use strict';

  if (window.SpineBot) {
    return;
  }

  var script = document.currentScript;
  var botOrigin = new URL(script ? script.src : '/embed.js', window.location.href).origin;
  var svgNamespace = 'http://www.w3.org/2000/svg';
  var panelId = 'spinebot-panel';

  // The embed's own words, per language (the chat's words are in /js/chat-strings.js).
  var strings = {
    en: {
      open: 'Chat with SpineBot',
      close: 'Close the SpineBot chat',
      panel: 'SpineBot chat',
    },
    es: {
      open: 'Chatear con SpineBot',
      close: 'Cerrar el chat de SpineBot',
      panel: 'Chat de SpineBot',
    },
  };

  function languageOf(tag) {
    var language = String(tag || '').toLowerCase().split('-')[0];
    return strings[language] ? language : null;
  }

  function chooseLanguage() {
    var asked = languageOf(script && script.getAttribute('data-language'));
    if (asked) {
      return asked;
    }

    var preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
      .map(languageOf)
      .filter(Boolean);
    if (preferred[0] === 'es') {
      return 'es';
    }

    return languageOf(document.documentElement.lang) === 'es' ? 'es' : 'en';
  }

  var language = chooseLanguage();
  var words = strings[language];
  var launcher;
  var panel;
  var frame;
  var chatReady = false;

  function icon(modifier, path) {
    var svg = document.createElementNS(svgNamespace, 'svg');
    svg.setAttribute('class', 'spinebot-launcher__icon spinebot-launcher__icon--' + modifier);
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var shape = document.createElementNS(svgNamespace, 'path');
    shape.setAttribute('d', path);
    svg.appendChild(shape);
    return svg;
  }

  function build() {
    launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.className = 'spinebot-launcher';
    launcher.setAttribute('aria-label', words.open);
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-controls', panelId);
    launcher.lang = language;
    launcher.appendChild(icon('chat', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z'));
    launcher.appendChild(icon('close', 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z'));
    var label = document.createElement('span');
    label.className = 'spinebot-launcher__label';
    label.textContent = words.open;
    launcher.appendChild(label);
    launcher.addEventListener('click', toggle);

    panel = document.createElement('div');
    panel.id = panelId;
    panel.className = 'spinebot-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', words.panel);
    panel.lang = language;
    panel.hidden = true;

    // Shown once its stylesheet has loaded, so the button never flashes unstyled; shown anyway if it fails to load.
    var stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = botOrigin + '/css/embed.css';
    stylesheet.addEventListener('load', show);
    stylesheet.addEventListener('error', show);
    document.head.appendChild(stylesheet);
  }

  function show() {
    if (!launcher.isConnected) {
      document.body.appendChild(panel);
      document.body.appendChild(launcher);
    }
  }

  function isOpen() {
    return panel && !panel.hidden;
  }

  function tellChat(type) {
    if (frame && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: type }, botOrigin);
    }
  }

  function open() {
    if (!panel || isOpen()) {
      return;
    }

    show();

    if (!frame) {
      // The chat starts (and asks for a Direct Line token) only when a visitor first opens it.
      frame = document.createElement('iframe');
      frame.className = 'spinebot-panel__frame';
      frame.title = words.panel;
      frame.src = botOrigin + '/widget?lang=' + language;
      panel.appendChild(frame);
    }

    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', words.close);
    frame.focus();
    if (chatReady) {
      tellChat('spinebot:focus');
    }
  }

  function close() {
    if (!isOpen()) {
      return;
    }

    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', words.open);
    launcher.focus();
  }

  function toggle() {
    if (isOpen()) {
      close();
    } else {
      open();
    }
  }

  function onMessage(event) {
    if (!frame || event.origin !== botOrigin || event.source !== frame.contentWindow) {
      return;
    }

    var type = event.data && event.data.type;
    if (type === 'spinebot:close') {
      close();
    } else if (type === 'spinebot:ready') {
      chatReady = true;
      if (isOpen()) {
        tellChat('spinebot:focus');
      }
    }
  }

  function onKeyDown(event) {
    if (event.key === 'Escape' && isOpen()) {
      close();
    }
  }

  function onClick(event) {
    var opener = event.target instanceof Element ? event.target.closest('[data-spinebot-open]') : null;
    if (opener) {
      event.preventDefault();
      open();
    }
  }

  function start() {
    build();
    window.addEventListener('message', onMessage);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
  }

  window.SpineBot = { open: open, close: close };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
