using SpineBot.Content.Answers;
using SpineBot.Content.Callback;
using SpineBot.Content.Causes;
using SpineBot.Content.Clinic;
using SpineBot.Content.Commands;
using SpineBot.Content.Handoff;
using SpineBot.Content.Messages;
using SpineBot.Content.Questions;
using SpineBot.Content.RedFlags;
using SpineBot.Content.Summary;
using SpineBot.Triage;
using SpineBot.Triage.Causes;
using SpineBot.Triage.Summary;

namespace SpineBot.Content;

/// <summary>
/// Everything the bot says and the clinical rules it follows, for one language, loaded and checked from
/// dialogs/&lt;language&gt;/ by <see cref="Loading.ContentLoader"/>. Immutable and thread-safe: load once, share.
/// </summary>
public sealed class ClinicContent
{
    private readonly ClinicContentParts _parts;

    internal ClinicContent(ClinicContentParts parts)
    {
        _parts = parts;
        Language = parts.Language;
        Clinic = parts.Clinic;
        Messages = parts.Messages;
        Questions = parts.Questions;
        MostCauseQuestions = parts.MostCauseQuestions;
        ChoiceSets = parts.ChoiceSets;
        Causes = parts.Causes;
        GeneralSelfCare = parts.GeneralSelfCare;
        RedFlags = parts.RedFlags;
        Handoff = parts.Handoff;
        Callback = parts.Callback;
        Commands = parts.Commands;
        Triage = parts.Triage;
        Answers = parts.Answers;
        ArticleCauses = new ArticleCauses(Causes, GeneralSelfCare, Messages);
        IntakeQuestions = new IntakeQuestions(Language, Questions, ChoiceSets, MostCauseQuestions);
        Summary = new SummaryWriter(Messages, Causes, Handoff);
    }

    /// <summary>The language folder the content came from ("en").</summary>
    public string Language { get; }

    /// <summary>The clinic's name, phone number and links.</summary>
    public ClinicDetails Clinic { get; }

    /// <summary>Welcome, help, re-prompts, summary, feedback, goodbye and error messages.</summary>
    public ConversationMessages Messages { get; }

    /// <summary>The questions, in the order the bot asks them.</summary>
    public IReadOnlyList<QuestionContent> Questions { get; }

    /// <summary>The shared answer sets, by id ("yes-no", "back-region", ...).</summary>
    public IReadOnlyDictionary<string, ChoiceSet> ChoiceSets { get; }

    /// <summary>
    /// The most cause questions the bot asks (questions.json "mostCauseQuestions"): it asks the most telling first, and
    /// after that many answers the explanation says what fits or, honestly, that nothing clearly does.
    /// </summary>
    public int MostCauseQuestions { get; }

    /// <summary>The five causes from the clinic's article, in the article's order.</summary>
    public IReadOnlyList<CauseContent> Causes { get; }

    /// <summary>
    /// The article's general self-care (heat and ice, stretching, a break for persistent pain, no long-term
    /// over-the-counter medication, lingering pain evaluated).
    /// </summary>
    public IReadOnlyList<string> GeneralSelfCare { get; }

    /// <summary>The warning signs' wording and the emergency messages.</summary>
    public RedFlagContent RedFlags { get; }

    /// <summary>The clinic recommendation and its offer.</summary>
    public HandoffContent Handoff { get; }

    /// <summary>The call-back request's questions and consent.</summary>
    public CallbackContent Callback { get; }

    /// <summary>The global commands.</summary>
    public CommandWords Commands { get; }

    /// <summary>The clinical rules built from this content: red flags, story reader, cause matcher, hand-off rule.</summary>
    public TriageRules Triage { get; }

    /// <summary>The answers to the runner's own questions and asides, and the short-answer reader (answers.json).</summary>
    public RunnerAnswers Answers { get; }

    /// <summary>The article's causes and how the bot introduces the ones that fit.</summary>
    public ArticleCauses ArticleCauses { get; }

    /// <summary>The questions and their answer sets.</summary>
    public IntakeQuestions IntakeQuestions { get; }

    /// <summary>Writes the end-of-conversation summary.</summary>
    public SummaryWriter Summary { get; }

    /// <summary>
    /// This content with a red-flag screen that also reads every message with <paramref name="otherLanguages"/>' rules
    /// (the wording stays this language's), and a story reader that also reads mixed messages with theirs.
    /// </summary>
    internal ClinicContent AlsoScreening(IReadOnlyList<ClinicContent> otherLanguages) =>
        new(_parts with
        {
            Triage = Triage with
            {
                RedFlags = Triage.RedFlags.AlsoReading(otherLanguages.Select(other => other.Triage.RedFlags)),
                StoryReader = Triage.StoryReader.AlsoReading(otherLanguages.Select(other => other.Triage.StoryReader)),
            },
        });

    /// <summary>A cause by id.</summary>
    /// <exception cref="KeyNotFoundException">No cause has that id.</exception>
    public CauseContent Cause(string id) => ArticleCauses.Cause(id);

    /// <summary>A question by id.</summary>
    /// <exception cref="KeyNotFoundException">No question has that id.</exception>
    public QuestionContent Question(string id) => IntakeQuestions.Question(id);

    /// <summary>Each of the five causes' prevention in one line, in the article's order, for when nothing fits well.</summary>
    public IReadOnlyList<string> PreventionTips => ArticleCauses.PreventionTips;

    /// <summary>Introduces the causes that fit (see <see cref="ArticleCauses.IntroduceCauses"/>).</summary>
    public string IntroduceCauses(IReadOnlyList<CauseMatch> matches) => ArticleCauses.IntroduceCauses(matches);

    /// <summary>"That fits because you said ...", or <c>null</c> when there is nothing to say.</summary>
    public string? WhyItFits(CauseMatch match) => ArticleCauses.WhyItFits(match);

    /// <summary>The end-of-conversation summary, one line each, leaving out what is unknown.</summary>
    public IReadOnlyList<string> DescribeSummary(TriageSummary summary) => Summary.Write(summary);
}
