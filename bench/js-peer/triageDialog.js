'use strict';
// The runner's triage as botbuilder-dialogs waterfalls: read the story, ask the safety check and each question still
// unanswered, explain the causes that fit with their self-care, recommend the clinic
// when the pain sounds persistent, summarise, and ask "was this helpful?".
const { MessageFactory, CardFactory, ActionTypes } = require('botbuilder');
const { ComponentDialog, WaterfallDialog, ChoicePrompt, NumberPrompt, ListStyle } = require('botbuilder-dialogs');

const TRIAGE = 'triage';
const QUESTIONS = 'questions';
const CHOICE = 'choice';
const NUMBER = 'number';
const SAFETY = 'safety-check';

class TriageDialog extends ComponentDialog {
  constructor(content, triage) {
    super(TRIAGE);
    this.content = content;
    this.triage = triage;
    this.sets = content.questions.choiceSets;
    this.questions = content.questions.questions;
    this.addDialog(new ChoicePrompt(CHOICE));
    this.addDialog(new NumberPrompt(NUMBER, async (prompt) => prompt.recognized.succeeded
      && Number.isInteger(prompt.recognized.value) && prompt.recognized.value >= 0 && prompt.recognized.value <= 10));
    this.addDialog(new WaterfallDialog(TRIAGE, [this.story.bind(this), this.explain.bind(this), this.thanks.bind(this)]));
    this.addDialog(new WaterfallDialog(QUESTIONS, [this.ask.bind(this), this.record.bind(this)]));
    this.initialDialogId = TRIAGE;
  }

  async story(step) {
    const report = this.triage.read(step.options.story, {});
    await step.context.sendActivity(this.content.fill(this.content.messages.storyThanks));
    return step.beginDialog(QUESTIONS, { report, safetyGroup: 0 });
  }

  // The safety check's groups first, one after another (as SpineBot asks them right after the story), then each
  // question still unanswered.
  next(state) {
    if (state.safetyGroup < this.content.redFlags.screening.groups.length) { return SAFETY; }
    for (const q of this.questions) {
      const slot = q.slot === 'duration' ? 'durationDays' : q.slot;
      if (state.report[slot] === undefined) { return q; }
    }
    return null;
  }

  choices(setName) {
    return this.sets[setName].map((c) => ({ value: c.title, synonyms: c.synonyms }));
  }

  async ask(step) {
    const state = step.options;
    step.values.state = state;
    const q = this.next(state);
    step.values.question = q;
    if (q === null) { return step.endDialog(state.report); }
    if (q === SAFETY) {
      const s = this.content.redFlags.screening;
      const group = s.groups[state.safetyGroup];
      const prompt = state.safetyGroup === 0 ? `${s.prompt} ${group.prompt}` : group.prompt;
      return step.prompt(CHOICE, { prompt, retryPrompt: s.retryPrompt, choices: this.choices(s.choices), style: ListStyle.suggestedAction });
    }
    if (q.number) {
      return step.prompt(NUMBER, { prompt: q.prompt, retryPrompt: q.retryPrompt });
    }
    return step.prompt(CHOICE, { prompt: q.prompt, retryPrompt: q.retryPrompt, choices: this.choices(q.choices), style: ListStyle.suggestedAction });
  }

  async record(step) {
    const { state, question } = step.values;
    if (question === SAFETY) {
      const group = this.content.redFlags.screening.groups[state.safetyGroup];
      state.safetyGroup += 1;
      const answer = this.sets[this.content.redFlags.screening.choices][step.result.index];
      if (answer && answer.value === 'yes') {
        const e = this.content.redFlags.emergency;
        const why = this.content.fill(e.screeningMessage, { reasons: group.reasons });
        await step.context.sendActivity(emergencyCard(this.content, `${e.title}. ${why} ${this.content.fill(e.action)}`));
        return step.endDialog(null);
      }
    } else {
      const raw = step.context.activity.text;
      state.report = this.triage.read(raw, state.report);
      if (question.number) {
        state.report.severity = step.result;
      } else {
        const choice = this.sets[question.choices][step.result.index];
        if (question.slot === 'duration') {
          state.report.durationDays = state.report.durationDays !== undefined ? state.report.durationDays : Number(choice.value);
          state.report.durationPhrase = state.report.durationPhrase || choice.phrase;
        } else if (choice.value !== 'unsure' || state.report[question.slot] === undefined) {
          state.report[question.slot] = choice.value;
        }
      }
    }
    return step.replaceDialog(QUESTIONS, state);
  }

  async explain(step) {
    const report = step.result;
    if (!report) { return step.endDialog(); }
    const c = this.content;
    const matches = this.triage.rank(report).slice(0, 2);
    const byId = Object.fromEntries(c.causes.causes.map((cause) => [cause.id, cause]));
    const lines = [];
    if (matches.length === 0) {
      lines.push(c.fill(c.messages.causes.nothingFitsWell));
    } else {
      const phrases = matches.map((m) => byId[m.causeId].phrase);
      lines.push(matches.length === 1 ? c.fill(c.messages.causes.oneFits, { cause: phrases[0] }) : c.fill(c.messages.causes.severalFit, { causes: phrases.join(' and ') }));
      for (const m of matches) {
        const cause = byId[m.causeId];
        const reasons = m.evidence.map((fact) => (cause.whyItFits[fact] || []).map((t) => c.fill(t, report)).find((t) => !/\{\w+\}/.test(t))).filter(Boolean);
        lines.push(`**${cause.title}.** ${cause.explanation}`);
        if (reasons.length > 0) { lines.push(c.fill(c.messages.causes.whyItFits, { reasons: reasons.join(', ') })); }
        lines.push(`${c.fill(c.messages.causes.selfCareIntro)}\n\n${cause.selfCare.map((s) => `- ${s}`).join('\n')}`);
      }
    }
    lines.push(`${c.fill(c.messages.causes.generalSelfCareIntro)}\n\n${c.causes.generalSelfCare.map((s) => `- ${s}`).join('\n')}`);
    lines.push(c.fill(c.messages.causes.notADiagnosisReminder));
    await step.context.sendActivities(lines.map((text) => ({ type: 'message', text })));

    const reasons = this.triage.handoffReasons(report);
    if (reasons.length > 0) {
      const why = reasons.map((r) => c.fill(c.handoff.reasons[r].find((t) => !/\{\w+\}/.test(c.fill(t, report))) || c.handoff.reasons[r].slice(-1)[0], report)).join(', ');
      await step.context.sendActivity(c.fill(c.handoff.recommendation, { reasons: why }));
      await step.context.sendActivity(clinicCard(c));
      await step.context.sendActivity({ type: 'event', name: 'handoff.initiate', value: { report, reasons } });
    }
    await step.context.sendActivity(summary(c, report, matches, byId));
    return step.prompt(CHOICE, {
      prompt: c.fill(c.messages.feedback.question),
      choices: [c.messages.feedback.yes, c.messages.feedback.no],
      style: ListStyle.suggestedAction,
    });
  }

  async thanks(step) {
    const f = this.content.messages.feedback;
    const helpful = step.result && step.result.index === 0;
    await step.context.sendActivities([
      { type: 'message', text: this.content.fill(helpful ? f.thanksYes : f.thanksNo) },
      MessageFactory.suggestedActions([this.content.messages.startAgainButton], this.content.fill(this.content.messages.startAgainOffer)),
    ]);
    return step.endDialog();
  }
}

function summary(c, report, matches, byId) {
  const s = c.messages.summary;
  const lines = [s.title];
  if (report.location) { lines.push(c.fill(s.location, { location: c.messages.labels.location[report.location] })); }
  if (report.severity !== undefined) { lines.push(c.fill(s.severity, { severity: report.severity })); }
  if (report.durationPhrase) { lines.push(c.fill(s.duration, { duration: report.durationPhrase })); }
  lines.push(matches.length > 0 ? c.fill(s.likelyCauses, { causes: matches.map((m) => byId[m.causeId].title).join(', ') }) : s.noLikelyCause);
  return lines.join('\n');
}

function clinicCard(c) {
  return MessageFactory.attachment(CardFactory.heroCard(c.clinic.name, c.fill(c.handoff.contact), [], [
    { type: ActionTypes.Call, title: c.fill(c.handoff.callButton), value: c.clinic.phoneLink },
  ]));
}

function emergencyCard(c, text) {
  return MessageFactory.attachment(CardFactory.heroCard(c.fill(c.redFlags.emergency.title), text, [], [
    { type: ActionTypes.Call, title: c.fill(c.redFlags.emergency.callButton), value: c.clinic.emergencyLink },
  ]), text);
}

module.exports = { TriageDialog, emergencyCard, clinicCard, TRIAGE };
