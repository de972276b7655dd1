'use strict';
// The JavaScript peer of the SpineBot bench: the runner triage on the official Bot Framework JavaScript SDK
// (botbuilder + botbuilder-dialogs), served by Node's own http module on POST /api/messages (loopback by default),
// with state in a SQLite file (better-sqlite3) like SpineBot's default. Bench only; never deployed.
//   HOST, PORT             where to listen (127.0.0.1:3979)
//   SPINEBOT_DATA_DIR      folder of js-peer.db (default: a temp folder); JS_PEER_STORAGE=memory for MemoryStorage
//   DIALOGS_DIR            the content folder (default: ../../dialogs/en)
const http = require('http');
const os = require('os');
const path = require('path');
const fs = require('fs');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } = require('botbuilder');
const { loadContent } = require('./content');
const { Triage } = require('./triage');
const { SqliteStorage } = require('./sqliteStorage');
const { RunnerBot } = require('./bot');

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3979);
const dialogsDir = process.env.DIALOGS_DIR || path.join(__dirname, '..', '..', 'dialogs', 'en');
const content = loadContent(dialogsDir);
// The other languages' folders beside it (dialogs/es): their red-flag rules screen every message too, as in SpineBot.
const languagesDir = path.dirname(path.resolve(dialogsDir));
const others = fs.readdirSync(languagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && path.join(languagesDir, entry.name) !== path.resolve(dialogsDir)
    && fs.existsSync(path.join(languagesDir, entry.name, 'red-flags.json')))
  .map((entry) => loadContent(path.join(languagesDir, entry.name)));
const triage = new Triage(content, others);

let storage;
if (process.env.JS_PEER_STORAGE === 'memory') {
  storage = new MemoryStorage();
} else {
  const dataDir = process.env.SPINEBOT_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'js-peer-'));
  fs.mkdirSync(dataDir, { recursive: true });
  storage = new SqliteStorage(path.join(dataDir, 'js-peer.db'));
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(storage);
adapter.onTurnError = async (context, error) => {
  console.error(`turn failed: ${error && error.message}`);
  await context.sendActivity(content.fill(content.messages.error));
  await conversationState.delete(context);
};
const bot = new RunnerBot(conversationState, content, triage);

// The minimal response surface CloudAdapter.process uses (status, header, send, end), over Node's ServerResponse.
function responseFor(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; return this; },
    header(name, value) { res.setHeader(name, value); return this; },
    send(body) {
      if (typeof body === 'object') { res.setHeader('Content-Type', 'application/json; charset=utf-8'); res.write(JSON.stringify(body)); } else { res.write(String(body)); }
      return this;
    },
    end() { res.end(); return this; },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > 256 * 1024) { res.statusCode = 413; res.end(); req.destroy(); } else { chunks.push(chunk); }
  });
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end('The body is not JSON.');
      return;
    }
    adapter.process(req, responseFor(res), (context) => bot.run(context)).catch((error) => {
      console.error(error);
      if (!res.headersSent) { res.statusCode = 500; }
      res.end();
    });
  });
});
server.keepAliveTimeout = 60000;
server.listen(port, host, () => console.log(`JS peer listening on http://${host}:${port}/api/messages (${storage.constructor.name})`));
