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

/// <summary>Reads every content file of a language, checks the references between them and builds the content.</summary>
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
        using var documents = ContentDocuments.Parse(texts, context);
        var clinic = documents.Root(ClinicFile.Name) is { } clinicRoot ? ClinicFile.Read(clinicRoot) : null;
        var causes = documents.Root(CausesFile.Name) is { } causesRoot ? CausesFile.Read(causesRoot) : default;
        var scoring = documents.Root(ScoringFile.Name) is { } scoringRoot ? ScoringFile.Read(scoringRoot, causes.Causes) : null;
        var questions = documents.Root(QuestionsFile.Name) is { } questionsRoot ? QuestionsFile.Read(questionsRoot, causes.Causes) : default;
        var negation = documents.Root(NegationFile.Name) is { } negationRoot ? NegationFile.Read(negationRoot) : null;
        var redFlags = documents.Root(RedFlagsFile.Name) is { } redFlagsRoot ? RedFlagsFile.Read(redFlagsRoot, questions.ChoiceSets) : null;
        var vocabulary = documents.Root(ExtractionFile.Name) is { } extractionRoot ? ExtractionFile.Read(extractionRoot) : null;
        var handoff = documents.Root(HandoffFile.Name) is { } handoffRoot ? HandoffFile.Read(handoffRoot) : null;
        var callback = documents.Root(CallbackFile.Name) is { } callbackRoot ? CallbackFile.Read(callbackRoot, questions.ChoiceSets) : null;
        var messages = documents.Root(MessagesFile.Name) is { } messagesRoot ? MessagesFile.Read(messagesRoot) : null;
        var commands = documents.Root(CommandsFile.Name) is { } commandsRoot ? CommandsFile.Read(commandsRoot) : null;
        var answers = documents.Root(AnswersFile.Name) is { } answersRoot ? AnswersFile.Read(answersRoot, clinic) : null;
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
