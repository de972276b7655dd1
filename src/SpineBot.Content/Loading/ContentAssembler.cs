using System.Text.RegularExpressions;
using SpineBot.Content.Answers;
using SpineBot.Content.Callback;
using SpineBot.Content.Causes;
using SpineBot.Content.Clinic;
using SpineBot.Content.Commands;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Content.RedFlags;
using SpineBot.Content.Rules;
using SpineBot.Triage;
using SpineBot.Triage.Causes;
using SpineBot.Triage.Handoff;
using SpineBot.Triage.Language;
using SpineBot.Triage.RedFlags;
using SpineBot.Triage.Story;

namespace SpineBot.Content.Loading;

/// <summary>
/// The content validator: reads every content file of a language into its record, checks each entry and the
/// references between the files, collecting every problem (file, entry, what is wrong) before it reports them all at
/// once, and builds the content.
/// </summary>
internal static class ContentAssembler
{
    /// <summary>The files every language folder holds, in reading order.</summary>
    public static readonly IReadOnlyList<string> FileNames =
    [
        ClinicFile.Name, CausesFile.Name, ScoringFile.Name, QuestionsFile.Name, NegationFile.Name, RedFlagsFile.Name,
        ExtractionFile.Name, HandoffFile.Name, CallbackFile.Name, MessagesFile.Name, CommandsFile.Name, AnswersFile.Name,
    ];

    public static ClinicContent Assemble(IReadOnlyDictionary<string, string?> texts, string language)
    {
        var context = new ContentReadContext(language);
        var files = new ContentDocuments(texts, context);
        var json = ContentJsonContext.Default;
        var clinic = files.Check(ClinicFile.Name, json.ClinicJson, ClinicFile.Read);
        var causes = files.Check(CausesFile.Name, json.CausesJson, CausesFile.Read);
        var scoring = files.Check(ScoringFile.Name, json.ScoringJson, (file, root) => ScoringFile.Read(file, root, causes.Causes));
        var questions = files.Check(QuestionsFile.Name, json.QuestionsJson, (file, root) => QuestionsFile.Read(file, root, causes.Causes));
        var negation = files.Check(NegationFile.Name, json.NegationJson, NegationFile.Read);
        var redFlags = files.Check(RedFlagsFile.Name, json.RedFlagsJson, (file, root) => RedFlagsFile.Read(file, root, questions.ChoiceSets));
        var vocabulary = files.Check(ExtractionFile.Name, json.ExtractionJson, ExtractionFile.Read);
        var handoff = files.Check(HandoffFile.Name, json.HandoffJson, HandoffFile.Read);
        var callback = files.Check(CallbackFile.Name, json.CallbackJson, (file, root) => CallbackFile.Read(file, root, questions.ChoiceSets));
        var messages = files.Check(MessagesFile.Name, json.MessagesJson, MessagesFile.Read);
        var commands = files.Check(CommandsFile.Name, json.CommandsJson, CommandsFile.Read);
        var answers = files.Check(AnswersFile.Name, json.AnswersJson, (file, root) => AnswersFile.Read(file, root, clinic));
        if (context.Issues.Any || clinic is null || causes.Causes is null || scoring is null || questions.Questions is null
            || negation is null || redFlags is null || vocabulary is null || handoff is null || callback is null
            || messages is null || commands is null || answers is null)
        {
            throw new ContentValidationException(context.Issues.Errors);
        }

        var triage = BuildTriage(context, redFlags, negation, vocabulary, scoring, handoff);
        return new ClinicContent(new ClinicContentParts(
            language,
            clinic,
            messages,
            questions.Questions,
            questions.ChoiceSets,
            questions.MostCauseQuestions,
            causes.Causes,
            causes.GeneralSelfCare,
            new RedFlagContent(redFlags, messages.Lists),
            new HandoffContent(handoff.Wording, messages.Lists),
            callback,
            commands,
            triage,
            answers));
    }

    private static TriageRules BuildTriage(
        ContentReadContext context,
        RedFlagsFileContent redFlags,
        NegationRules negation,
        StoryVocabulary vocabulary,
        IReadOnlyList<CauseScoringRule> scoring,
        HandoffFileContent handoff)
    {
        try
        {
            return new TriageRules(
                new RedFlagScreen(redFlags.Rules, negation),
                new RunnerStoryReader(vocabulary, negation),
                new CauseMatcher(scoring),
                new ClinicHandoffRule(handoff.Thresholds, handoff.SoonWhen));
        }
        catch (ArgumentException ex)
        {
            // The patterns were checked one by one; this catches what only shows once they are combined.
            throw new ContentValidationException(
                [new ContentError(context.DisplayPath(ExtractionFile.Name), "rules", $"the rules could not be built: {ex.Message}")]);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new ContentValidationException(
                [new ContentError(context.DisplayPath(ExtractionFile.Name), "rules", $"the rules could not be built: {ex.Message}")]);
        }
    }
}
