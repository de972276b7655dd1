/*
 * SpineBot embed: paste <script src="https://<bot-host>/embed.js" defer></script> into any page.
 * Adds a chat launcher button in the bottom-right corner; the button opens the chat (the bot's /widget page)
 * in an iframe panel, so the host page's CSS and CSP do not reach Web Chat. Elements with a
 * data-spinebot-open attribute open the chat too, and window.SpineBot.open()/close() do it from script.
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
    launcher.setAttribute('aria-label', 'Chat with SpineBot');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-controls', panelId);
    launcher.appendChild(icon('chat', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z'));
    launcher.appendChild(icon('close', 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z'));
    var label = document.createElement('span');
    label.className = 'spinebot-launcher__label';
    label.textContent = 'Chat with SpineBot';
    launcher.appendChild(label);
    launcher.addEventListener('click', toggle);

    panel = document.createElement('div');
    panel.id = panelId;
    panel.className = 'spinebot-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'SpineBot chat');
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
      frame.title = 'SpineBot chat';
      frame.src = botOrigin + '/widget';
      panel.appendChild(frame);
    }

    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', 'Close the SpineBot chat');
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
    launcher.setAttribute('aria-label', 'Chat with SpineBot');
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
