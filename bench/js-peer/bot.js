'use strict';
// The peer's bot: greets a runner who joins, screens every message for red flags first, then the global commands
// (help, cancel, start over, talk to the clinic), then runs the triage dialog; saves the conversation state each turn.
const { ActivityHandler, MessageFactory } = require('botbuilder');
const { DialogSet, DialogTurnStatus } = require('botbuilder-dialogs');
const { TriageDialog, emergencyCard, clinicCard, TRIAGE } = require('./triageDialog');

function normalise(text) {
  return ` ${String(text || '').toLowerCase().replace(/[^\p{L}\p{N}'?\s]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
}

class RunnerBot extends ActivityHandler {
  constructor(conversationState, content, triage) {
    super();
    this.conversationState = conversationState;
    this.content = content;
    this.triage = triage;
    this.dialogState = conversationState.createProperty('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(new TriageDialog(content, triage));
    const c = content.commands;
    const ignored = new RegExp(`(^| )(${c.ignoredWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?= |$)`, 'g');
    this.commandOf = (text) => {
      const plain = normalise(text).replace(ignored, ' ').replace(/\s+/g, ' ').trim();
      for (const name of ['help', 'cancel', 'startOver', 'talkToClinic']) {
        if (c[name].exact.includes(plain) || c[name].contains.some((p) => ` ${plain} `.includes(` ${p} `))) { return name; }
      }
      return null;
    };

    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded || []) {
        if (member.id !== context.activity.recipient.id) {
          await this.welcome(context);
        }
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  async welcome(context) {
    const w = this.content.messages.welcome;
    await context.sendActivities([
      { type: 'message', text: [w.greeting, w.purpose, w.notADiagnosis, w.emergency].map((t) => this.content.fill(t)).join(' ') },
      { type: 'message', text: this.content.fill(w.startPrompt) },
    ]);
  }

  async answer(context) {
    const c = this.content;
    const text = context.activity.text || '';
    const dc = await this.dialogs.createContext(context);
    const verdict = this.triage.screen(text);
    if (verdict.isEmergency) {
      const e = c.redFlags.emergency;
      const flags = verdict.flags.map((f) => f.description).join(' and ');
      await context.sendActivity(emergencyCard(c, `${c.fill(e.message, { flags })} ${c.fill(e.action)} ${c.fill(e.closing)}`));
      await dc.cancelAllDialogs();
      return;
    }

    switch (this.commandOf(text)) {
      case 'help':
        await context.sendActivity(c.fill(c.messages.help));
        if (dc.activeDialog) { await dc.repromptDialog(); }
        return;
      case 'cancel':
        await dc.cancelAllDialogs();
        await context.sendActivity(c.fill(c.messages.cancelled));
        return;
      case 'startOver':
        await dc.cancelAllDialogs();
        await context.sendActivities([{ type: 'message', text: c.fill(c.messages.startingOver) }, { type: 'message', text: c.fill(c.messages.welcome.startPrompt) }]);
        return;
      case 'talkToClinic':
        await context.sendActivity(clinicCard(c));
        if (dc.activeDialog) { await dc.repromptDialog(); }
        return;
      default:
        break;
    }

    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(TRIAGE, { story: text });
    }
  }
}

module.exports = { RunnerBot, MessageFactory };
