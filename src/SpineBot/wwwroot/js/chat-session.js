// The visitor's Direct Line session: a token from the bot's own token endpoint (the page never sees a secret),
// kept in sessionStorage so that a reload within the token's lifetime goes on with the same conversation.
const storageKey = 'spinebot.session';
const tokenEndpoint = '/api/directline/token';
const defaultLifetimeSeconds = 1800;
const minimumRemainingMs = 60 * 1000;

function read() {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
    return saved && typeof saved.token === 'string' ? saved : null;
  } catch {
    return null;
  }
}

function write(session) {
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify(session));
  } catch {
    // Storage can be full or blocked (private windows, third-party frames): the chat still works, only a reload
    // starts a new conversation.
  }
}

function lifetimeMs(expiresIn) {
  const seconds = Number(expiresIn);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : defaultLifetimeSeconds) * 1000;
}

async function requestToken(locale) {
  // The chat's locale goes with the request, so the embedded Direct Line starts the conversation in it and the bot's
  // first welcome is already in the visitor's language.
  const url = typeof locale === 'string' && locale.length > 0 ? `${tokenEndpoint}?locale=${encodeURIComponent(locale)}` : tokenEndpoint;
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    throw new Error(`The token endpoint answered ${response.status}.`);
  }

  const answer = await response.json();
  if (!answer || typeof answer.token !== 'string' || answer.token.length === 0) {
    throw new Error('The token endpoint did not return a token.');
  }

  return answer;
}

/** The saved session when it has time left, otherwise a new one from the token endpoint. */
export async function openSessionAsync(locale) {
  const saved = read();
  if (saved && saved.expiresAt - Date.now() > minimumRemainingMs) {
    return { ...saved, resumed: true };
  }

  const answer = await requestToken(locale);
  const session = {
    token: answer.token,
    conversationId: answer.conversationId || null,
    domain: typeof answer.domain === 'string' && answer.domain.length > 0 ? answer.domain : null,
    lifetimeMs: lifetimeMs(answer.expiresIn),
    expiresAt: Date.now() + lifetimeMs(answer.expiresIn),
    joined: false,
  };
  write(session);
  return { ...session, resumed: false };
}

/** Remembers that the bot was told the visitor joined, so a reload does not greet them twice. */
export function markJoined(session) {
  session.joined = true;
  write(withoutResumed(session));
}

/** Keeps the token that Direct Line refreshed on its own, so a reload can still use it. */
export function rememberToken(session, token) {
  if (typeof token !== 'string' || token.length === 0 || token === session.token) {
    return;
  }

  session.token = token;
  session.expiresAt = Date.now() + session.lifetimeMs;
  write(withoutResumed(session));
}

/** Forgets the session: the next page load starts a new conversation. */
export function forgetSession() {
  try {
    window.sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing saved, nothing to forget.
  }
}

/** The Direct Line base address for Web Chat: the bot's own service, or Azure's when no domain is given. */
export function directLineDomain(session) {
  if (!session.domain) {
    return undefined;
  }

  return new URL(session.domain, window.location.origin).href.replace(/\/$/, '');
}

function withoutResumed(session) {
  const { resumed, ...rest } = session;
  return rest;
}
