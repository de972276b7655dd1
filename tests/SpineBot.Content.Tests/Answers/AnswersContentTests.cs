using System.Text.Json.Nodes;
using SpineBot.Content.Answers;
using SpineBot.Content.Loading;
using SpineBot.Content.Tests.Support;

namespace SpineBot.Content.Tests.Answers;

public sealed class AnswersContentTests : IDisposable
{
    private static readonly string[] DrugNames =
        ["ibuprofen", "advil", "motrin", "aleve", "naproxen", "tylenol", "acetaminophen", "paracetamol", "aspirin", "codeine", " mg", "milligram"];

    private readonly DialogsCopy _copy = new();

    private static RunnerAnswers Shipped => ShippedContent.English.Answers;

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Every_answer_fits_one_phone_bubble_and_names_its_source()
    {
        foreach (var answer in Shipped.Entries.Append(Shipped.UnknownQuestion))
        {
            Assert.NotEmpty(answer.Sources);
            foreach (var situation in Enum.GetValues<AnswerSituation>())
            {
                var words = answer.Text(situation).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                Assert.True(words <= AnswersFile.MaxWords, $"{answer.Id} has {words} words");
                Assert.DoesNotContain("{", answer.Text(situation), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void No_answer_names_a_drug_or_a_dose()
    {
        var texts = Shipped.Entries.SelectMany(answer => Enum.GetValues<AnswerSituation>().Select(answer.Text)).ToList();

        foreach (var drug in DrugNames)
        {
            Assert.DoesNotContain(texts, text => text.Contains(drug, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Pain_relievers_say_not_long_term_and_send_to_a_pharmacist_or_doctor()
    {
        var text = Shipped.Answer("pain-relievers").Text();

        Assert.Contains("long-term", text, StringComparison.Ordinal);
        Assert.Contains("pharmacist", text, StringComparison.Ordinal);
        Assert.Contains("310-828-7757", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_it_serious_depends_on_the_triage_so_far()
    {
        var answer = Shipped.Answer(AnswerIds.IsItSerious);

        Assert.Contains("911", answer.Text(AnswerSituation.Urgent), StringComparison.Ordinal);
        Assert.DoesNotContain("911", answer.Text(AnswerSituation.NothingConcerning), StringComparison.Ordinal);
        Assert.Contains("310-828-7757", answer.Text(AnswerSituation.WorthEvaluating), StringComparison.Ordinal);
        Assert.Equal(3, Enum.GetValues<AnswerSituation>().Select(answer.Text).Distinct().Count());
    }

    [Fact]
    public void The_assistant_says_it_is_neither_a_person_nor_a_doctor()
    {
        var text = Shipped.Answer("bot-identity").Text();

        Assert.Contains("automated assistant", text, StringComparison.Ordinal);
        Assert.Contains("not a person and not a doctor", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clinic-location")]
    [InlineData("clinic-hours")]
    [InlineData("insurance")]
    [InlineData("unknown-question")]
    [InlineData("other-body-part")]
    public void A_fact_the_clinic_has_not_given_is_said_to_be_unknown_with_the_number(string id)
    {
        var text = Shipped.Answer(id).Text();

        Assert.Contains("310-828-7757", text, StringComparison.Ordinal);
        if (id is "clinic-location" or "clinic-hours" or "insurance")
        {
            Assert.Contains("don't have", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_fact_the_clinic_fills_in_is_said()
    {
        _copy.Edit("clinic.json", root => root["hours"] = "Monday to Friday, 8 am to 5 pm");

        var content = ContentLoader.Load(_copy.Root, "en");

        Assert.Equal("The Spine Institute is open Monday to Friday, 8 am to 5 pm. You can call 310-828-7757.", content.Answers.Answer("clinic-hours").Text());
        Assert.Contains("don't have", content.Answers.Answer("clinic-location").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_matcher_and_the_texts_share_the_ids()
    {
        Assert.Equal(Shipped.Entries.Select(entry => entry.Id), Shipped.Matcher.AnswerIds);
        Assert.Equal(AnswerIds.Required.Order(StringComparer.Ordinal), Shipped.Entries.Select(entry => entry.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_problem_in_answers_json_is_named_at_once()
    {
        _copy.Edit("answers.json", root =>
        {
            var answers = root["answers"]!.AsArray();
            Entry(answers, "shoes")["source"] = "running-magazine";
            Entry(answers, "water")["answer"] = string.Join(' ', Enumerable.Repeat("word", 70));
            Entry(answers, "stretching")["phrases"] = new JsonArray("stretch(");
            Entry(answers, "stretching")["patterns"] = new JsonArray("stretch(");
            Entry(answers, "clinic-hours")["fact"] = "parking";
            answers.Remove(Entry(answers, "joke"));
        });

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, "en"));

        Assert.Contains("dialogs/en/answers.json: answer 'shoes': source 'running-magazine' is not in \"sources\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("dialogs/en/answers.json: answer 'water': field 'answer' has 70 words", error.Message, StringComparison.Ordinal);
        Assert.Contains("dialogs/en/answers.json: answer 'stretching': field 'patterns' item 1: invalid pattern", error.Message, StringComparison.Ordinal);
        Assert.Contains("dialogs/en/answers.json: answer 'clinic-hours': field 'fact' must be 'address', 'hours' or 'insurance'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dialogs/en/answers.json: top level: answer 'joke' is missing (every language needs it)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_with_no_way_to_ask_for_it_is_named()
    {
        _copy.Edit("answers.json", root =>
        {
            var shoes = Entry(root["answers"]!.AsArray(), "shoes");
            shoes.Remove("phrases");
            shoes.Remove("alone");
        });

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, "en"));

        Assert.Contains("answer 'shoes': the answer needs at least one of 'phrases', 'patterns', 'anywhere' or 'alone'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_answers_file_is_named()
    {
        File.Delete(_copy.PathOf("answers.json"));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_copy.Root, "en"));

        Assert.Contains("dialogs/en/answers.json: file: the file is missing", error.Message, StringComparison.Ordinal);
    }

    private static JsonObject Entry(JsonArray answers, string id) =>
        answers.OfType<JsonObject>().Single(entry => (string?)entry["id"] == id);
}
