namespace SpineBot.Triage.Tests.RedFlags;

/// <summary>
/// How runners might describe warning signs, ordinary aches, negations and mixtures of both, with the flags the
/// screen must raise ("" for none).
/// </summary>
public static class RedFlagCorpus
{
    private const string Bladder = "bladder-bowel-control";
    private const string Saddle = "saddle-numbness";
    private const string Weakness = "progressive-weakness";
    private const string BothLegs = "both-legs-numbness";
    private const string Trauma = "trauma";
    private const string Fever = "fever";
    private const string WeightLoss = "weight-loss";
    private const string Cancer = "cancer-history";
    private const string NightPain = "night-pain";
    private const string Chest = "chest-breathing";

    /// <summary>Messages that need emergency care.</summary>
    public static TheoryData<string, string> Emergencies => new()
    {
        { "I can't pee since yesterday", Bladder },
        { "I wet myself on the way home from my run", Bladder },
        { "I can't control my bowels anymore", Bladder },
        { "I've lost control of my bladder", Bladder },
        { "I haven't been able to pee all day and my back is killing me", Bladder },
        { "there's been some leaking urine since the run", Bladder },
        { "My groin feels numb", Saddle },
        { "numbness between my legs and in my inner thighs", Saddle },
        { "I can't feel anything in my crotch when I wipe", Saddle },
        { "tingling around my genitals since this morning", Saddle },
        { "my foot slaps the ground when I walk now", Weakness },
        { "I can't lift my left foot properly", Weakness },
        { "my leg keeps giving out and it's getting weaker every day", Weakness },
        { "I have foot drop on the right side", Weakness },
        { "both legs are numb", BothLegs },
        { "I have numbness in both legs after the run", BothLegs },
        { "my legs went numb and tingly", BothLegs },
        { "I can't feel my feet", BothLegs },
        { "I got hit by a car while running", Trauma },
        { "I fell hard on the trail yesterday", Trauma },
        { "I collided with a cyclist on the bike path", Trauma },
        { "tripped and fell on the pavement, landed on my back", Trauma },
        { "I have a fever of 101", Fever },
        { "I've had chills and night sweats", Fever },
        { "I've lost 15 pounds without trying", WeightLoss },
        { "unexplained weight loss over the last month", WeightLoss },
        { "I had breast cancer five years ago", Cancer },
        { "I finished chemo last year", Cancer },
        { "the pain wakes me up every night", NightPain },
        { "it's constant, even at night lying down", NightPain },
        { "I can't sleep because of the pain", NightPain },
        { "I have chest pain and my back hurts", Chest },
        { "it\u2019s a tearing pain between my shoulder blades", Chest },
        { "I'm having trouble breathing", Chest },
    };

    /// <summary>Messages mixing denials and ordinary aches with a real warning sign.</summary>
    public static TheoryData<string, string> MixedMessages => new()
    {
        { "No numbness, but I can't control my bladder", Bladder },
        { "I don't have a fever, but I fell off my bike yesterday", Trauma },
        { "no fever or chills, though I did lose weight without trying", WeightLoss },
        { "It's just sore, no numbness, and I can't pee", Bladder },
        { "My legs are numb and I wet myself", $"{Bladder},{BothLegs}" },
        { "I fell and now I have a fever", $"{Trauma},{Fever}" },
        { "Help, I can't feel my legs", BothLegs },
        { "no numbness, I can't pee though", Bladder },
        { "not sure why but I keep tripping over my foot and it drags", Weakness },
        { "FEVER since Tuesday!!", Fever },
    };

    /// <summary>Ordinary aches and denials that are not emergencies.</summary>
    public static TheoryData<string> OrdinaryMessages => new()
    {
        "no numbness, just sore",
        "I don't have a fever",
        "no bladder problems",
        "my numb legs... no wait, just tight",
        "My lower back is sore after my long run",
        "it aches a bit when I bend over",
        "I have no fever, chills or night sweats",
        "I haven't fallen or hit anything",
        "I don't have any trouble peeing",
        "no weakness and no numbness in my legs",
        "there's no tingling in my groin",
        "my mom had cancer but I'm healthy",
        "I fell asleep on the couch and woke up stiff",
        "I'm not short of breath, just tight in the hamstrings",
        "nothing serious, my legs feel heavy and tired",
        "It doesn't wake me up at night",
        "I've lost 5 pounds on purpose training for the marathon",
        "I never lost control of my bladder",
        "I didn't fall, I just ran too far",
        "I've had hay fever all week",
        "my legs feel dead after the 20 miler",
        "I was out of breath on the hills, which is normal",
        "I'm worried it could be cancer",
        "My foot doesn't drag and I can lift my toes fine",
        "my back is stiff in the morning",
        "I can pee fine and no bowel issues",
        "sore glutes, tight hamstrings, nothing else",
        "I ran 10 miles in the heat and my back hurts",
        "Numb legs? Not really, just tired",
        "",
    };
}
