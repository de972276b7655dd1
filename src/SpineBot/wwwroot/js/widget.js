// The chat page: opens the visitor's Direct Line session and renders Web Chat into #webchat. Inside the embed
// panel it also talks to /embed.js on the host page: "spinebot:close" asks to close, "spinebot:focus" arrives
// when the panel opens.
import { clinicStyleOptions } from './chat-style.js';
import { openSessionAsync, markJoined, rememberToken, forgetSession, directLineDomain } from './chat-session.js';
import { createClinicStore } from './chat-store.js';
import { chooseChatLanguage, applyChatStrings } from './chat-strings.js';

const framed = window.parent !== window;
const transcript = document.getElementById('webchat');
const unavailable = document.getElementById('chat-unavailable');
const closeButton = document.querySelector('.chat__close');
const chat = chooseChatLanguage();
applyChatStrings(document, chat.language, chat.strings);

function tellHost(type) {
  if (framed) {
    // These messages carry no data, so any host page may receive them.
    window.parent.postMessage({ type }, '*');
  }
}

function focusSendBox(attemptsLeft = 50) {
  const input = document.querySelector('[data-id="webchat-sendbox-input"]');
  if (input) {
    input.focus();
  } else if (attemptsLeft > 0) {
    window.setTimeout(() => focusSendBox(attemptsLeft - 1), 100);
  }
}

function showUnavailable() {
  transcript.hidden = true;
  unavailable.hidden = false;
}

function startOver() {
  forgetSession();
  window.location.reload();
}

function connectHost() {
  if (!framed) {
    return;
  }

  closeButton.hidden = false;
  closeButton.addEventListener('click', () => tellHost('spinebot:close'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      tellHost('spinebot:close');
    }
  });
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data && event.data.type === 'spinebot:focus') {
      focusSendBox();
    }
  });
  tellHost('spinebot:ready');
}

async function startChatAsync() {
  const WebChat = window.WebChat;
  if (!WebChat) {
    throw new Error('Web Chat did not load.');
  }

  const session = await openSessionAsync(chat.locale);
  const directLine = WebChat.createDirectLine({
    token: session.token,
    domain: directLineDomain(session),
    // The bot streams replies over a WebSocket (embedded Direct Line and Azure alike); Web Chat falls back to polling.
    webSocket: true,
  });

  const store = createClinicStore(WebChat, {
    locale: chat.locale,
    shouldJoin: () => !session.joined,
    onJoined: () => markJoined(session),
    // A saved token the service no longer accepts: start a new conversation once; a new one failing is shown.
    onConnectRejected: () => (session.resumed ? startOver() : showUnavailable()),
  });

  const keepToken = () => rememberToken(session, directLine.token);
  window.addEventListener('pagehide', keepToken);
  window.setInterval(keepToken, 60 * 1000);

  WebChat.renderWebChat(
    {
      directLine,
      store,
      styleOptions: { ...clinicStyleOptions, sendBoxPlaceholder: chat.strings.placeholder, userAvatarInitials: chat.strings.userInitials },
      // Web Chat shows its own words in this language (any "es-*" gets its Spanish) and sends it as every activity's locale.
      locale: chat.locale,
    },
    transcript,
  );

  if (!framed) {
    focusSendBox();
  }
}

document.getElementById('chat-retry').addEventListener('click', startOver);
connectHost();
startChatAsync().catch((error) => {
  console.error('SpineBot chat could not start:', error);
  showUnavailable();
});
