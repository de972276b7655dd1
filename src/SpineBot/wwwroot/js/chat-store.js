// Web Chat's Redux store with the clinic's middleware: when Direct Line connects for a new conversation it sends
// the "webchat/join" event, so the bot can welcome the visitor before they type anything; it carries the browser's
// language and the chat's locale (the one Web Chat also sends with every message).
export const joinEventName = 'webchat/join';

export function createClinicStore(WebChat, { locale, shouldJoin, onJoined, onConnectRejected }) {
  return WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && shouldJoin()) {
      dispatch({
        type: 'WEB_CHAT/SEND_EVENT',
        payload: { name: joinEventName, value: { language: window.navigator.language, locale } },
      });
      onJoined();
    } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
      onConnectRejected();
    }

    return next(action);
  });
}
