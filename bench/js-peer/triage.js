'use strict';
// The clinical rules of the peer, read from the same content files as SpineBot: the red-flag screen (patterns per
// clause, negation cues before a match), the story reader (slot phrases, severity, duration, mileage), the cause
// scoring (weights per fact) and the clinic hand-off rule. A faithful but simpler port of SpineBot.Triage.

function escapeRegex(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

function alternatives(words) {
  return words.slice().sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

// JavaScript on Node 20 refuses a repeated group name; later ones get a suffix.
function uniqueGroupNames(pattern) {
  const seen = {};
  return pattern.replace(/\(\?<([A-Za-z]\w*)>/g, (m, name) => {
    seen[name] = (seen[name] || 0) + 1;
    return seen[name] === 1 ? m : `(?<${name}_${seen[name]}>`;
  });
}

function compile(pattern, vocabulary) {
  const expanded = pattern.replace(/\{([A-Za-z]\w*)\}/g, (m, name) => (vocabulary[name] !== undefined ? vocabulary[name] : m));
  try {
    return new RegExp(uniqueGroupNames(expanded), 'i');
  } catch {
    return null;
  }
}

const LATCHING = ['crisis', 'emergency-ambulance', 'emergency'];

// One language's warning signs: the flags and the risk factors, with that file's named pieces ("words").
function redFlagRules(redFlags, vocabulary, build) {
  const words = { ...vocabulary, ...redFlags.words };
  const rules = (list) => list.map((f) => ({
    id: f.id, description: f.description, level: f.level,
    patterns: build(f.patterns, words), exceptions: build(f.exceptions || [], words),
  }));
  return { flags: rules(redFlags.flags), riskFactors: rules(redFlags.riskFactors || []) };
}

class Triage {
  // otherLanguages: the other languages' content; as in SpineBot, every message is screened with every language's rules.
  constructor(content, otherLanguages = []) {
    const x = content.extraction;
    const numberWords = Object.keys(x.numberWords);
    const unitWords = Object.values(x.durationUnits).flat();
    this.numberWords = x.numberWords;
    this.quantityWords = x.quantityWords;
    this.unitOf = {};
    for (const [unit, words] of Object.entries(x.durationUnits)) { for (const w of words) { this.unitOf[w] = unit; } }
    this.vocabulary = {
      number: `(?:\\d+(?:\\.\\d+)?|${alternatives(numberWords)})`,
      amount: `(?:\\d+(?:\\.\\d+)?|${alternatives(numberWords.concat(Object.keys(x.quantityWords)))})`,
      unit: `(?:${alternatives(unitWords)})`,
      weekday: `(?:${alternatives(Object.values(x.weekdays).flat())})`,
    };
    this.skipped = 0;
    const build = (patterns, words = this.vocabulary) => patterns.map((p) => compile(p, words)).filter((r) => r || (this.skipped++, false));

    const n = content.negation;
    this.cues = n.negationCues.slice().sort((a, b) => b.length - a.length);
    this.pseudo = n.pseudoNegations;
    this.window = n.negationWindowWords;
    const punctuation = n.clauseBreakPunctuation.split('').map(escapeRegex).join('');
    this.clauseBreak = new RegExp(`[${punctuation}]|\\b(?:${alternatives(n.clauseBreakWords)})\\b`);

    const own = redFlagRules(content.redFlags, this.vocabulary, build);
    this.flags = own.flags;
    this.riskFactors = own.riskFactors;
    this.otherLanguages = otherLanguages.map((other) => redFlagRules(other.redFlags, this.vocabulary, build));
    this.slots = Object.entries(x.slots).map(([slot, values]) => ({ slot, values: Object.entries(values).map(([value, patterns]) => ({ value, patterns: build(patterns) })) }));
    this.severity = build(x.severity);
    this.durations = build(x.duration.amounts);
    this.relative = x.duration.relative.map((r) => ({ pattern: compile(r.pattern, this.vocabulary), days: r.days }));
    this.mileage = build(x.mileage);
    this.scoring = content.scoring.causes;
    this.handoff = content.handoff.thresholds;
  }

  clauses(text) {
    return String(text || '').toLowerCase().split(this.clauseBreak).filter((c) => c && c.trim());
  }

  negated(clause, index) {
    let before = clause.slice(0, index);
    for (const p of this.pseudo) { before = before.split(p).join(' '); }
    const words = before.trim().split(/\s+/).slice(-this.window).join(' ');
    return this.cues.some((cue) => new RegExp(`(^|\\s)${escapeRegex(cue)}($|\\s)`).test(words));
  }

  // A match that is not negated in its clause.
  affirms(clause, regex) {
    const m = regex.exec(clause);
    return m ? !this.negated(clause, m.index) : false;
  }

  // Flags and risk factors found in the text, with this language's rules and every other language's (ids are shared).
  screen(text) {
    const ids = [];
    const factors = [];
    const clauses = this.clauses(text);
    for (const rules of [this, ...this.otherLanguages]) {
      for (const clause of clauses) {
        for (const flag of rules.flags) {
          if (!ids.includes(flag.id) && this.found(clause, flag)) { ids.push(flag.id); }
        }
        for (const factor of rules.riskFactors) {
          if (!factors.includes(factor.id) && this.found(clause, factor)) { factors.push(factor.id); }
        }
      }
    }
    // As in SpineBot, crisis and the emergency levels end the triage; a see-a-doctor flag does not.
    const flags = this.flags.filter((f) => ids.includes(f.id));
    return { isEmergency: flags.some((f) => LATCHING.includes(f.level)), flags, riskFactors: factors };
  }

  found(clause, rule) {
    return rule.patterns.some((r) => this.affirms(clause, r)) && !rule.exceptions.some((r) => r.test(clause));
  }

  number(word) {
    if (word === undefined) { return undefined; }
    const n = Number(word);
    if (!Number.isNaN(n)) { return n; }
    return this.numberWords[word] !== undefined ? this.numberWords[word] : this.quantityWords[word];
  }

  read(text, known) {
    const report = { ...known };
    for (const clause of this.clauses(text)) {
      for (const { slot, values } of this.slots) {
        for (const { value, patterns } of values) {
          for (const r of patterns) {
            const m = r.exec(clause);
            if (!m) { continue; }
            report[slot] = this.negated(clause, m.index) ? (value === 'yes' ? 'no' : report[slot]) : value;
          }
        }
      }
      for (const r of this.severity) {
        const m = r.exec(clause);
        const n = m && this.number(m.groups && m.groups.n);
        if (n !== undefined && n !== null && n >= 0 && n <= 10) { report.severity = n; }
      }
      for (const r of this.durations) {
        const m = r.exec(clause);
        if (m && m.groups) {
          const days = { hours: 1 / 24, days: 1, weeks: 7, months: 30, years: 365 }[this.unitOf[m.groups.unit]];
          const amount = this.number(m.groups.amount);
          if (days && amount !== undefined) { report.durationDays = amount * days; report.durationPhrase = m.groups.phrase; }
        }
      }
      for (const { pattern, days } of this.relative) {
        if (pattern && pattern.test(clause)) { report.durationDays = days; }
      }
      for (const r of this.mileage) {
        const m = r.exec(clause);
        if (m && m.groups) {
          report.mileageIncrease = 'yes';
          report.mileageBefore = this.number(m.groups.before);
          report.mileageAfter = this.number(m.groups.after);
          report.distanceUnit = m.groups.unit || m.groups.unit_2 || 'miles';
        }
      }
    }
    return report;
  }

  facts(report) {
    const f = new Set();
    if (report.mileageIncrease === 'yes') { f.add('mileage-increase'); }
    if (report.intensityIncrease === 'yes') { f.add('intensity-increase'); }
    if (report.hills === 'yes') { f.add('new-hills'); }
    if (report.surface === 'yes') { f.add('hard-or-uneven-surface'); }
    if (report.coreTraining) { f.add(`core-${report.coreTraining}`); }
    if (report.leansForward === 'yes') { f.add('leans-forward'); }
    if (report.longStrides === 'yes') { f.add('long-strides'); }
    if (report.headAndShoulders === 'yes') { f.add('head-shoulders-out-of-line'); }
    if (report.waterDuringRuns === 'no') { f.add('no-water-during-runs'); }
    if (report.waterDuringRuns === 'yes') { f.add('drinks-water-during-runs'); }
    if (report.hotOrHumid === 'yes') { f.add('hot-or-humid'); }
    if (report.heelStrike === 'yes') { f.add('heel-strike'); }
    if (report.wornShoes === 'yes') { f.add('worn-shoes'); }
    if (report.location) { f.add(`${report.location}-back`); }
    return f;
  }

  rank(report) {
    const facts = this.facts(report);
    return this.scoring
      .map((c) => {
        const evidence = Object.keys(c.facts).filter((fact) => facts.has(fact) && c.facts[fact] > 0);
        const score = Object.entries(c.facts).reduce((sum, [fact, w]) => sum + (facts.has(fact) ? w : 0), 0);
        return { causeId: c.cause, score, evidence, fitsWell: score >= c.minimumScore };
      })
      .filter((m) => m.fitsWell)
      .sort((a, b) => b.score - a.score);
  }

  handoffReasons(report) {
    const reasons = [];
    if (report.durationDays >= this.handoff.minimumDays) { reasons.push('long-lasting'); }
    if (report.afterEveryRun === 'yes') { reasons.push('after-every-run'); }
    if (report.trend === 'worse') { reasons.push('getting-worse'); }
    if (report.severity >= this.handoff.minimumSeverity) { reasons.push('severe'); }
    if (report.legSymptoms === 'yes') { reasons.push('down-a-leg'); }
    return reasons;
  }
}

module.exports = { Triage };
