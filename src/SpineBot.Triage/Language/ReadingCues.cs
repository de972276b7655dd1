using System.Text.RegularExpressions;

namespace SpineBot.Triage.Language;

/// <summary>The phrases of <see cref="NegationRules"/> compiled once: who, when and what kind of clause.</summary>
internal sealed class ReadingCues
{
    public ReadingCues(NegationRules rules)
    {
        var people = RulePatterns.PhraseAlternation(rules.OtherPeople);
        var pronouns = RulePatterns.PhraseAlternation(rules.OtherPronouns);
        OtherPeople = RulePatterns.Compile(
            $"(?<![\\p{{L}}\\p{{N}}'])(?:my|our|your|his|her|their|a|an|the|this|that|mi|mis|tu|tus|su|sus|nuestro|nuestra|un|una|el|la|los|las|este|esta|ese|esa)\\s+(?:[\\p{{L}}']+\\s+)?{people}|{pronouns}");
        FirstPerson = RulePatterns.CompilePhrases(rules.FirstPersonWords);
        Prepositions = new HashSet<string>(rules.SubjectPrepositions.Select(TextNormalizer.Normalize), StringComparer.Ordinal);
        FarPast = RulePatterns.CompilePhrases(rules.FarPastCues);
        Resolved = RulePatterns.CompilePhrases(rules.ResolvedCues);
        var questionWords = RulePatterns.PhraseAlternation(rules.QuestionWords);
        var questionVerbs = RulePatterns.PhraseAlternation(rules.QuestionVerbs);
        var subjects = RulePatterns.PhraseAlternation(rules.QuestionSubjects);
        QuestionOpener = RulePatterns.Compile($"^[\\s\\W]*(?:{questionWords}|{questionVerbs}\\s+{subjects})");
        SelfQuestionOpener = RulePatterns.Compile($"^[\\s\\W]*{RulePatterns.PhraseAlternation(rules.SelfQuestionOpeners)}");
        ReportWords = RulePatterns.CompilePhrases(rules.ReportWords);
        Correction = RulePatterns.Compile($"^[\\s\\W]*{RulePatterns.PhraseAlternation(rules.CorrectionCues)}");
        Command = RulePatterns.Compile($"^[\\s\\W]*{RulePatterns.PhraseAlternation(rules.CommandCues)}");
        Answer = RulePatterns.Compile($"^[\\s\\W]*(?:{RulePatterns.PhraseAlternation(rules.AnswerWords)}[\\s\\W]*)+$");
        Cannot = RulePatterns.CompilePhrases(rules.CannotCues);
        DoubleNegatives = new HashSet<string>(rules.DoubleNegativeCues.Select(TextNormalizer.Normalize), StringComparer.Ordinal);
    }

    public Regex OtherPeople { get; }

    public Regex FirstPerson { get; }

    public HashSet<string> Prepositions { get; }

    public Regex FarPast { get; }

    public Regex Resolved { get; }

    public Regex QuestionOpener { get; }

    public Regex SelfQuestionOpener { get; }

    public Regex ReportWords { get; }

    public Regex Correction { get; }

    public Regex Command { get; }

    public Regex Answer { get; }

    public Regex Cannot { get; }

    public HashSet<string> DoubleNegatives { get; }
}
