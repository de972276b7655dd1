'use strict';
// Reads the clinic's content files (dialogs/en/*.json, JSON with // comments) and fills the clinic placeholders,
// as SpineBot.Content does, so the JavaScript peer asks exactly the same questions with the same choices.
const fs = require('fs');
const path = require('path');

function stripComments(text) {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') { out += text[++i]; } else if (c === '"') { inString = false; }
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') { i++; }
      out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

function readJson(folder, file) {
  return JSON.parse(stripComments(fs.readFileSync(path.join(folder, file), 'utf8')));
}

function loadContent(folder) {
  const clinic = readJson(folder, 'clinic.json');
  const values = {
    clinicName: clinic.name, clinicCity: clinic.city, clinicPhone: clinic.phone, clinicPhoneLink: clinic.phoneLink,
    emergencyNumber: clinic.emergencyNumber, emergencyLink: clinic.emergencyLink, botName: clinic.botName,
  };
  const fill = (template, extra = {}) => String(template).replace(/\{(\w+)\}/g, (m, name) =>
    (extra[name] !== undefined ? extra[name] : values[name] !== undefined ? values[name] : m));
  return {
    clinic,
    fill,
    messages: readJson(folder, 'messages.json'),
    questions: readJson(folder, 'questions.json'),
    causes: readJson(folder, 'causes.json'),
    scoring: readJson(folder, 'scoring.json'),
    redFlags: readJson(folder, 'red-flags.json'),
    negation: readJson(folder, 'negation.json'),
    extraction: readJson(folder, 'extraction.json'),
    handoff: readJson(folder, 'handoff.json'),
    commands: readJson(folder, 'commands.json'),
  };
}

module.exports = { loadContent };
