import ArabicText
import EventModel

/// The number expressions the text stage finds, one JSON line per article, for comparing with other tools.
///
/// `{"id": "...", "numbers": [{"min": 70, "max": null, "qualifier": "at_least", "kind": "count", "text": "أكثر من 70"}]}`
public enum NumberDump {
    public static func line(for article: Article, analyze: (String) -> AnalyzedText) -> String {
        let analyzed = analyze(article.text)
        var w = JSONWriter()
        w.beginObject()
        w.key("id"); w.value(article.id)
        w.key("numbers")
        w.beginArray()
        for q in analyzed.quantities {
            w.beginObject()
            w.key("min"); w.value(q.min)
            w.key("max"); w.value(q.max)
            w.key("qualifier"); w.value(q.qualifier.rawValue)
            w.key("kind"); w.value(q.kind.rawValue)
            w.key("text"); w.value(analyzed.quote(q.span))
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string
    }
}
