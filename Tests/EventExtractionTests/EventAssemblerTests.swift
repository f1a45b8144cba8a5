import Testing

@testable import EventExtraction
import EventModel

/// Whole reports of our own through the pipeline: one event with its place, date, actors and reconciled toll.
@Suite("Events from whole reports")
struct EventAssemblerTests: ExtractingSuite {
    @Test func aBombingWithSeveralSources() throws {
        let result = try extract(
            """
            قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة في سوق بمدينة الموصل شمال العراق يوم الثلاثاء، بحسب مصادر طبية.
            وقال مسؤول في الشرطة إن حصيلة القتلى ارتفعت إلى 15 شخصا.
            """, published: "2021-06-10")
        let event = try #require(result.events.first)
        #expect(event.type == .explosionsRemoteViolence)
        #expect(event.subtype == "remote_explosive_landmine_ied")
        #expect(event.country == "IQ")
        #expect(event.location?.name == "Mosul")
        #expect(event.location?.precision == 1)
        #expect(event.date?.value.description == "2021-06-08")
        #expect(event.date?.precision == .day)
        #expect(event.fatalities.low == 12)
        #expect(event.fatalities.best == 15)
        #expect(event.injuries.best == 30)
        #expect(!event.claims.isEmpty)
    }

    @Test func backgroundFiguresStayOutOfTheToll() throws {
        let result = try extract(
            """
            قتل خمسة جنود في هجوم على حاجز للجيش في محافظة إدلب أمس، وفقا لمصدر عسكري.
            ويشهد البلد منذ عام 2011 نزاعا أودى بحياة مئات الآلاف.
            """, published: "2019-03-02")
        let event = try #require(result.events.first)
        #expect(event.country == "SY")
        #expect(event.fatalities.best == 5)
        #expect(event.fatalities.high == 5)
        #expect(result.claims.contains { $0.background && $0.min == 200_000 })
    }

    @Test func noPublicationDateNoRelativeDate() throws {
        let result = try extract("قتل 3 أشخاص في غارة جوية على بلدة في ريف حلب أمس.", published: nil)
        let event = try #require(result.events.first)
        #expect(event.type == .explosionsRemoteViolence)
        #expect(event.subtype == "air_drone_strike")
        #expect(event.date == nil)
    }

    @Test func aReportWithNoViolenceHasNoEvent() throws {
        let result = try extract("افتتح وزير التعليم مدرسة جديدة في العاصمة اليوم بحضور عدد من المسؤولين.", published: "2022-01-01")
        #expect(result.events.isEmpty)
        #expect(result.claims.isEmpty)
    }
}
