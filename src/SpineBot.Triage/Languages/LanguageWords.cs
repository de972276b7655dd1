using System.Collections.Frozen;

namespace SpineBot.Triage.Languages;

/// <summary>
/// The small model behind <see cref="MessageLanguage"/>: the words that mark a short chat message as Spanish or as
/// English, written without accents (the reader folds them away and counts the accents separately). Words spelled
/// the same in both languages ("no", "me", "a", "ok", "doctor", "lumbar", "pie") are in neither list. A strong word
/// weighs 1; a weak one (common in the other language's slang or as a name) weighs 0.5.
/// </summary>
internal static class LanguageWords
{
    private const string SpanishStrong =
        "el la los las lo le les un una unos unas de del al y que en es son esta estan estoy esto este eso esa ese " +
        "por para con mi mis tu su sus muy mucho mucha muchos pero porque cuando como donde cual quien tambien " +
        "hola gracias buenos buenas dias noches tardes adios si senor senora usted ustedes nosotros ella ellos " +
        "tengo tiene tienes tenia tuve puedo puede puedes quiero quiere necesito necesita hay habia fue era estaba " +
        "duele dolia duelen dolor dolores espalda cintura cadera caderas nalga nalgas pierna piernas rodilla pies " +
        "cuello hombro hombros columna lado izquierdo izquierda derecho derecha abajo arriba baja bajo alta alto " +
        "correr corro corri corriendo carrera carreras trotar troto millas kilometros despues antes desde hasta " +
        "ayer hoy manana semana semanas mes meses ano anos dia hora horas rato veces vez siempre nunca casi " +
        "poco poquito nada todo toda todos mas menos mejor peor bien mal malo mala fuerte leve ya todavia aun " +
        "uno dos tres cuatro cinco seis siete ocho nueve diez doce quince veinte medio media " +
        "lunes martes miercoles jueves viernes sabado domingo fin " +
        "fiebre escalofrios orinar orina entumecido entumecida entumecimiento adormecido adormecida hormigueo " +
        "entrepierna debilidad mareo desmayo pecho respirar caida cai golpe accidente " +
        "ayuda ayudame llamar llame llamen cita clinica medico medica enfermera hablar hablo habla hablas " +
        "espanol ingles entiendo entiende se sabe creo estiramiento estirar hielo calor descanso descansar " +
        "zapatos tenis sentado sentada parado parada acostado acostada dormir duermo caminar camino " +
        "vale claro bueno buena perdon disculpe oiga oye pues entonces asi otra otro algo alguien cada " +
        "sientes siento siente empezo empieza comenzo sigue sigo quisiera podria seria hace hacer cancelar olvida olvidar olvidame borrar mejorado empeorado";

    private const string SpanishWeak = "ya o sin mi sale como";

    private const string EnglishStrong =
        "the an my i im i'm is it it's its this that these those and of to in on at with for from after before " +
        "yes yeah yep yup nope hi hello hey thanks thank you your you're we our they he she his her him " +
        "not don't dont can't cant won't isn't doesn't didn't haven't wasn't i've i'd i'll " +
        "back lower upper pain pains hurts hurt hurting ache aches aching sore sharp dull stiff tight numb " +
        "tingling leg legs hip hips knee butt glute neck shoulder side left right down up " +
        "run runs ran running runner jog jogging race marathon miles mile after week weeks days day month " +
        "months year years hours since ago today yesterday tomorrow always never sometimes often usually " +
        "every little bit lot much more less better worse good bad fine really very just about " +
        "one two three four five six seven eight nine ten half " +
        "monday tuesday wednesday thursday friday saturday sunday weekend " +
        "fever chills pee urine bladder bowel numbness weakness chest breathing breath fall fell crash " +
        "help call clinic appointment doctor's nurse speak talk english spanish understand know sure think " +
        "stretch stretching ice heat rest shoes sitting standing lying sleep walking walk " +
        "what when where why how who which have has had been was were do does did can could will would should " +
        "please sorry maybe idk cancel forget delete because but so if then also still again start over stop quit";

    private const string EnglishWeak = "u";

    public static FrozenDictionary<string, double> Spanish { get; } = Build(SpanishStrong, SpanishWeak);

    public static FrozenDictionary<string, double> English { get; } = Build(EnglishStrong, EnglishWeak);

    private static FrozenDictionary<string, double> Build(string strong, string weak)
    {
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in strong.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words[word] = 1;
        }

        foreach (var word in weak.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words[word] = 0.5;
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
