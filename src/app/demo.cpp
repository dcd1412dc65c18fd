// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data set: ten made-up clients over two years, each a story a freelancer or a
// small agency will recognise. Dates are relative to today, so the demo always looks current.
#include "app/demo.hpp"

#include "app/conversations.hpp"
#include "app/zone.hpp"
#include "core/error.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

class DemoWriter {
 public:
  explicit DemoWriter(Context& ctx) : ctx_(ctx), store_(ctx.store) {}

  DemoCounts counts;

  Date day(int offset) const { return add_days(ctx_.today(), offset); }

  Id client(const std::string& name, ClientStatus status, std::vector<std::string> tags,
            std::vector<std::string> domains, std::vector<std::string> emails, std::string notes,
            std::vector<std::string> aliases = {}) {
    Client c;
    c.name = name;
    c.status = status;
    c.tags = std::move(tags);
    c.domains = std::move(domains);
    c.emails = std::move(emails);
    c.notes = std::move(notes);
    c.aliases = std::move(aliases);
    ++counts.clients;
    return store_.add_client(c);
  }

  Id agreement(Agreement a) {
    ++counts.agreements;
    return store_.add_agreement(a);
  }

  Id fact(Id client, FactKind kind, int offset, std::string note,
          std::optional<int> mood = std::nullopt, std::optional<int> severity = std::nullopt,
          std::optional<int> minute = std::nullopt) {
    Fact f;
    f.client_id = client;
    f.kind = kind;
    f.date = day(offset);
    f.note = std::move(note);
    f.mood = mood;
    f.severity = severity;
    f.minute_of_day = minute;
    f.recorded_by = recorder_;
    ++counts.facts;
    return store_.add_fact(f);
  }

  void extra_request(Id client, Id agreement, int offset, std::string note, Minutes minutes) {
    Fact f;
    f.client_id = client;
    f.agreement_id = agreement;
    f.kind = FactKind::out_of_scope_request;
    f.date = day(offset);
    f.hours = minutes;
    f.note = std::move(note);
    f.recorded_by = recorder_;
    ++counts.facts;
    store_.add_fact(f);
    time(client, agreement, offset + 2, minutes, false, note);
  }

  void time(Id client, std::optional<Id> agreement, int offset, Minutes minutes, bool in_scope,
            const std::string& note) {
    TimeEntry e;
    e.client_id = client;
    e.agreement_id = agreement;
    e.date = day(offset);
    e.minutes = minutes;
    e.in_scope = in_scope;
    e.note = note;
    ++counts.time_entries;
    store_.add_time_entry(e);
  }

  // An invoice, paid `paid_after` days after its due date (negative: early), or open.
  void invoice(Id client, std::optional<Id> agreement, const std::string& number, int offset,
               int payment_days, Cents net, std::optional<int> paid_after) {
    Invoice inv;
    inv.client_id = client;
    inv.agreement_id = agreement;
    inv.number = number;
    inv.issue_date = day(offset);
    inv.due_date = add_days(inv.issue_date, payment_days);
    inv.net = net;
    inv.gross = net + net * 19 / 100;
    Date paid_on = add_days(inv.due_date, paid_after.value_or(0));
    bool paid = paid_after && paid_on <= ctx_.today();
    inv.status = paid ? InvoiceStatus::paid : InvoiceStatus::open;
    inv.id = store_.add_invoice(inv);
    ++counts.invoices;
    if (paid) {
      Payment p;
      p.client_id = client;
      p.invoice_id = inv.id;
      p.date = paid_on;
      p.amount = *inv.gross;
      p.reference = number;
      store_.add_payment(p);
      ++counts.payments;
    }
  }

  // An appointment at `hour`:00; `cancelled_hours_before` makes the client cancel it.
  void appointment(Id client, std::optional<Id> agreement, int offset, int hour,
                   const std::string& title,
                   std::optional<int> cancelled_hours_before = std::nullopt) {
    Appointment a;
    a.client_id = client;
    a.agreement_id = agreement;
    a.title = title;
    a.zone = ctx_.zone();
    a.start = to_instant(LocalDateTime{day(offset), hour * 60}, a.zone);
    a.end = a.start + std::chrono::hours{1};
    if (cancelled_hours_before && day(offset) <= ctx_.today()) {
      a.status = AppointmentStatus::cancelled;
      a.cancelled_at = a.start - std::chrono::hours{*cancelled_hours_before};
      a.cancelled_by = Party::client;
    }
    a.id = store_.add_appointment(a);
    ++counts.appointments;
    if (a.cancelled_at) {
      LocalDateTime at = to_local(*a.cancelled_at, a.zone);
      Fact f;
      f.client_id = client;
      f.agreement_id = agreement;
      f.appointment_id = a.id;
      f.kind = FactKind::cancellation;
      f.date = at.date;
      f.minute_of_day = at.minute_of_day;
      f.notice = Minutes{*cancelled_hours_before} * 60;
      f.note = title;
      f.recorded_by = recorder_;
      store_.add_fact(f);
      ++counts.facts;
    }
  }

  void set_recorder(std::string name) { recorder_ = std::move(name); }

  // A conversation recorded on its day, with what was breached then.
  void talk(Id client, int offset, std::string outcome, std::vector<std::string> agreed,
            int follow_up_after, bool values_discussed) {
    Context then = as_of(offset);
    TalkInput input;
    input.date = then.today();
    input.outcome = std::move(outcome);
    input.agreed = std::move(agreed);
    input.follow_up = add_days(input.date, follow_up_after);
    input.values_discussed = values_discussed;
    record_talk(then, *store_.client(client), input);
    ++counts.facts;
  }

  // A decision taken on its day, with the view of that day.
  void decision(Id client, int offset, Choice choice, std::string next, int due_after) {
    Context then = as_of(offset);
    DecisionChoice c{choice, std::move(next), add_days(then.today(), due_after)};
    record_decision(then, *store_.client(client), c);
  }

  void item(Id client, Side side, const std::string& text, int weight) {
    DecisionItem i;
    i.side = side;
    i.text = text;
    i.weight = weight;
    store_.save_decision_item(client, i);
  }

  void reference(Id client) {
    Client c = *store_.client(client);
    c.reference = true;
    store_.update_client(c);
  }

 private:
  Context as_of(int offset) const {
    Context then = ctx_;
    then.now = LocalDateTime{day(offset), 17 * 60};
    then.settings.user_name = recorder_;
    return then;
  }

  Context& ctx_;
  Store& store_;
  std::string recorder_;
};

Agreement make_agreement(Id client, const std::string& title, ContractType type, Pricing pricing,
                         Cents price, Date start) {
  Agreement a;
  a.client_id = client;
  a.title = title;
  a.type = type;
  a.pricing = pricing;
  a.price = price;
  a.start = start;
  a.payment_days = 14;
  return a;
}

// Hours that vary a little from entry to entry, the same on every run.
Minutes varied(int seed, Minutes base) {
  return base + ((seed * 37) % 5 - 2) * 15;
}

void seed_stories(DemoWriter& w, const std::string& me) {
  w.set_recorder(me);
  const int year = 365;

  // 1. The consultant's client who shows neither appreciation nor ownership.
  Id berger =
      w.client("Kanzlei Berger & Partner", ClientStatus::active, {"consulting"},
               {"berger-partner.de"}, {"m.berger@berger-partner.de"},
               "Organisationsberatung für die Kanzlei, Ansprechpartner Dr. Berger.", {"Berger"});
  Agreement ba = make_agreement(berger, "Organisationsberatung 2025/26",
                                ContractType::dienstvertrag, Pricing::hourly, 14000, w.day(-620));
  ba.trust_based = true;
  ba.notice_clause = "4 Wochen zum Monatsende";
  ba.form = TerminationForm::text;
  ba.cancellation_notice = 48 * 60;
  ba.scope_in = {"Workshops mit den Partnern", "Prozessaufnahme"};
  ba.scope_out = {"Umsetzung der Maßnahmen"};
  Id ba_id = w.agreement(ba);
  for (int m = 0; m < 20; ++m) {
    int offset = -600 + m * 30;
    w.time(berger, ba_id, offset, varied(m, 6 * 60), true, "Workshop und Nachbereitung");
    w.invoice(berger, ba_id, fmt::format("2-{:03}", 100 + m), offset + 10, 14, 14000 * 6,
              m < 19 ? std::optional(5) : std::nullopt);
  }
  w.fact(berger, FactKind::broken_agreement, -300,
         "Zugesagte Unterlagen zum Workshop nicht geliefert", -1, 2);
  w.fact(berger, FactKind::rude_tone, -200, "\"Dafür bezahlen wir Sie doch\" vor dem Team gesagt",
         -2, 2);
  w.fact(berger, FactKind::broken_agreement, -120,
         "Maßnahmen aus dem letzten Workshop nicht umgesetzt", -1, 2);
  w.fact(berger, FactKind::complaint, -75,
         "Beschwerde über Tempo, obwohl Entscheidungen ausstanden", -1, 1);
  w.decision(berger, -104, Choice::change,
             "Klärungsgespräch mit Dr. Berger über Unterlagen und Freigaben", 7);
  w.talk(berger, -100, "Dr. Berger sagt zu, Unterlagen und Freigaben künftig pünktlich zu liefern",
         {"Unterlagen kommen spätestens zwei Tage vor jedem Workshop",
          "Freigaben innerhalb einer Woche"},
         42, true);
  w.fact(berger, FactKind::rude_tone, -40,
         "Anruf am Abend, laut geworden wegen einer Terminverschiebung", -2, 3, 20 * 60 + 45);
  w.fact(berger, FactKind::broken_agreement, -12,
         "Freigabe erneut nicht erteilt, Termin verstrichen", -2, 2);

  // 2. The agency's biggest client who keeps asking for extras beyond the flat fee.
  Id nordwerk =
      w.client("Nordwerk Maschinenbau GmbH", ClientStatus::active, {"agency", "key account"},
               {"nordwerk.de"}, {"einkauf@nordwerk.de", "s.hansen@nordwerk.de"},
               "Größter Kunde der Agentur: Website, Messeauftritte, Broschüren.", {"Nordwerk"});
  Agreement na = make_agreement(nordwerk, "Rahmenvereinbarung Website und Print",
                                ContractType::werkvertrag, Pricing::flat_fee, 4800000, w.day(-540));
  na.included_minutes = 400 * 60;  // the hours the flat fee was calculated for
  na.included_revisions = 2;
  na.scope_in = {"Relaunch der Website", "Messebroschüre DE/EN"};
  na.scope_out = {"Fotoshootings", "Pflege der Inhalte nach dem Launch"};
  na.term = Period{12, PeriodUnit::months};
  na.renewal = Period{12, PeriodUnit::months};
  na.notice_clause = "3 Monate zum Ende der Laufzeit";
  na.form = TerminationForm::written;
  na.payment_days = 30;
  Id na_id = w.agreement(na);
  for (int m = 0; m < 16; ++m) {
    int offset = -470 + m * 30;
    w.time(nordwerk, na_id, offset, varied(m, 22 * 60), true, "Umsetzung laut Angebot");
    w.invoice(nordwerk, na_id, fmt::format("1-{:03}", 200 + m), offset + 5, 30, 300000,
              m < 15 ? std::optional(2) : std::nullopt);
  }
  const char* extras[] = {
      "Zusätzliche Landingpage für die Messe",  "Bildbearbeitung der Produktfotos",
      "Dritte Korrekturschleife Broschüre",     "Newsletter-Vorlage \"nur schnell\"",
      "Übersetzung der Produkttexte abstimmen", "Social-Media-Grafiken zur Messe",
      "Weitere Unterseite für Karriere",        "Pflege der Inhalte nach dem Launch"};
  for (int i = 0; i < 8; ++i)
    w.extra_request(nordwerk, na_id, -330 + i * 40, extras[i], varied(i, 10 * 60));
  for (int i = 0; i < 4; ++i)
    w.fact(nordwerk, FactKind::revision_round, -150 + i * 30,
           fmt::format("Korrekturrunde {} Broschüre", i + 1));
  w.item(nordwerk, Side::pro, "Wichtige Referenz im Maschinenbau", 4);
  w.item(nordwerk, Side::con, "Sonderwünsche kosten jeden Monat Wochenenden", 4);
  w.fact(nordwerk, FactKind::appreciation, -90, "Lob vom Vertriebsleiter für den Messeauftritt", 1);
  w.fact(nordwerk, FactKind::meeting, -20,
         "Jahresgespräch: Wunsch nach \"kleinen Ergänzungen\" ohne Budget", -1);

  // 3. The client who refused to pay after delivery over a misunderstanding.
  Id cafe = w.client("Café Lindenblüte", ClientStatus::active, {"design"}, {"lindenbluete-cafe.de"},
                     {"hallo@lindenbluete-cafe.de"}, "Logo und Speisekarte.", {"Lindenblüte"});
  Agreement ca = make_agreement(cafe, "Logo und Speisekarte", ContractType::werkvertrag,
                                Pricing::flat_fee, 280000, w.day(-160));
  ca.included_revisions = 2;
  ca.scope_in = {"Logo in drei Entwürfen", "Speisekarte als Druckdatei"};
  ca.scope_out = {"Druck", "Reinzeichnung der Außenwerbung"};
  Id ca_id = w.agreement(ca);
  for (int i = 0; i < 6; ++i)
    w.time(cafe, ca_id, -150 + i * 12, varied(i, 5 * 60), true, "Entwurf und Abstimmung");
  w.invoice(cafe, ca_id, "3-041", -80, 14, 280000, std::nullopt);
  w.fact(cafe, FactKind::dispute, -70,
         "Zahlung verweigert: erwartete auch die Außenwerbung im Preis", -2, 3);
  w.fact(cafe, FactKind::call, -65,
         "Telefonat: Missverständnis über den Umfang, schriftliche Zusammenfassung geschickt", -1);
  w.fact(cafe, FactKind::complaint, -50,
         "Beschwerde über Farben der Speisekarte nach Druckfreigabe", -1, 1);

  // 4. The short-notice canceller.
  Id sommer =
      w.client("Praxis Dr. Sommer", ClientStatus::active, {"coaching"}, {"praxis-sommer.de"},
               {"info@praxis-sommer.de"}, "Team-Coaching für die Praxis.", {"Sommer"});
  Agreement sa = make_agreement(sommer, "Team-Coaching", ContractType::dienstvertrag,
                                Pricing::hourly, 12000, w.day(-400));
  sa.trust_based = true;
  sa.cancellation_notice = 24 * 60;
  Id sa_id = w.agreement(sa);
  const int cancel_hours[] = {0, 30, 3, 0, 5, 0, 2, 0, 0, 0, 4, 1};
  for (int i = 0; i < 12; ++i) {
    int offset = -360 + i * 30;
    bool cancelled = cancel_hours[i] > 0;
    w.appointment(sommer, sa_id, offset, 14, "Coaching-Sitzung",
                  cancelled ? std::optional(cancel_hours[i]) : std::nullopt);
    if (!cancelled) {
      w.time(sommer, sa_id, offset, 2 * 60, true, "Coaching-Sitzung mit Vorbereitung");
      w.invoice(sommer, sa_id, fmt::format("4-{:03}", 300 + i), offset + 1, 14, 24000,
                std::optional(0));
    }
  }
  w.appointment(sommer, sa_id, 10, 14, "Coaching-Sitzung");

  // 5. The late payer.
  Id hoffmann = w.client("Hoffmann Immobilien", ClientStatus::active, {"web"}, {"hoffmann-immo.de"},
                         {"buchhaltung@hoffmann-immo.de"},
                         "Wartung der Website und Exposé-Vorlagen.", {"Hoffmann"});
  Agreement ha = make_agreement(hoffmann, "Website-Wartung", ContractType::dienstvertrag,
                                Pricing::retainer, 90000, w.day(-500));
  ha.payment_days = 14;
  ha.notice_clause = "1 Monat zum Monatsende";
  Id ha_id = w.agreement(ha);
  const int late_days[] = {12, 25, 31, 18, 40, 22, 35, 28, 45, 30, 38, 26, 50, 33, 41};
  for (int m = 0; m < 16; ++m) {
    int offset = -480 + m * 30;
    w.time(hoffmann, ha_id, offset, varied(m, 7 * 60), true, "Updates und Exposé-Vorlagen");
    if (m < 15) {
      w.invoice(hoffmann, ha_id, fmt::format("5-{:03}", 400 + m), offset, 14, 90000, late_days[m]);
    } else {
      w.invoice(hoffmann, ha_id, fmt::format("5-{:03}", 400 + m), offset, 14, 90000, std::nullopt);
    }
  }
  w.fact(hoffmann, FactKind::note, -100, "Zahlungserinnerung Nr. 2 verschickt", 0);

  // 6. The healthy reference client who refers others.
  Id gruen = w.client("Grünwerk Stiftung", ClientStatus::active, {"reference", "nonprofit"},
                      {"gruenwerk.org"}, {"kommunikation@gruenwerk.org"},
                      "Jahresbericht und Kampagnen; gute Referenz.", {"Grünwerk"});
  Agreement ga = make_agreement(gruen, "Jahresbericht und Kampagnen", ContractType::werkvertrag,
                                Pricing::hourly, 11000, w.day(-700));
  ga.included_revisions = 3;
  Id ga_id = w.agreement(ga);
  for (int m = 0; m < 22; ++m) {
    int offset = -690 + m * 31;
    w.time(gruen, ga_id, offset, varied(m, 10 * 60), true, "Gestaltung und Abstimmung");
    w.invoice(gruen, ga_id, fmt::format("6-{:03}", 500 + m), offset + 3, 14, 110000,
              std::optional(-3));
  }
  w.reference(gruen);
  w.fact(gruen, FactKind::referral, -400, "Empfehlung an die Umweltinitiative Nordsee", 2);
  w.fact(gruen, FactKind::appreciation, -250, "Dankeskarte des Vorstands nach dem Jahresbericht",
         2);
  w.fact(gruen, FactKind::referral, -60, "Empfehlung an den Landesverband", 2);
  w.fact(gruen, FactKind::appreciation, -25,
         "\"Die Zusammenarbeit ist eine Freude\" in der Abschlussmail", 2);

  // 7. A prospect with a bad gut feeling.
  Id fluxion = w.client("Fluxion Labs", ClientStatus::prospect, {"startup"}, {"fluxion.io"},
                        {"ceo@fluxion.io"},
                        "Anfrage: App-Design mit \"Beteiligung statt Honorar\".", {"Fluxion"});
  w.fact(fluxion, FactKind::meeting, -14,
         "Erstgespräch: Budget unklar, \"das machen Sie doch mit links\"", -2);
  w.fact(fluxion, FactKind::note, -10, "Drei Mails am Sonntagabend mit neuen Anforderungen", -1,
         std::nullopt, 22 * 60 + 10);
  w.fact(fluxion, FactKind::out_of_scope_request, -7, "Soll vor Auftrag schon Entwürfe liefern",
         -2);
  w.item(fluxion, Side::con, "Beteiligung statt Honorar", 5);
  w.item(fluxion, Side::con, "Entwürfe vor dem Auftrag verlangt", 4);
  w.item(fluxion, Side::pro, "Spannendes Produkt", 2);

  // 8. A relationship that recovered after a conversation.
  Id krume =
      w.client("Bäckerei Krume", ClientStatus::active, {"design"}, {"baeckerei-krume.de"},
               {"laden@baeckerei-krume.de"}, "Filialbeschilderung und Social Media.", {"Krume"});
  Agreement ka = make_agreement(krume, "Social Media Betreuung", ContractType::dienstvertrag,
                                Pricing::retainer, 60000, w.day(-450));
  ka.cancellation_notice = 24 * 60;
  Id ka_id = w.agreement(ka);
  for (int m = 0; m < 15; ++m) {
    int offset = -440 + m * 30;
    w.time(krume, ka_id, offset, varied(m, 5 * 60), true, "Beiträge und Abstimmung");
    int late = m < 7 ? 20 + m * 3 : 0;
    w.invoice(krume, ka_id, fmt::format("7-{:03}", 600 + m), offset, 14, 60000,
              std::optional(late));
  }
  w.appointment(krume, ka_id, -330, 9, "Redaktionsplanung", 2);
  w.appointment(krume, ka_id, -300, 9, "Redaktionsplanung", 4);
  w.fact(krume, FactKind::rude_tone, -280, "Vorwurf am Telefon, die Beiträge brächten nichts", -1,
         2);
  w.talk(krume, -240, "Erwartungen, Absagefrist und Zahlungsziel gemeinsam festgehalten",
         {"Termine werden bis 24 Stunden vorher abgesagt",
          "Rechnungen werden binnen 14 Tagen bezahlt"},
         60, true);
  w.appointment(krume, ka_id, -180, 9, "Redaktionsplanung");
  w.appointment(krume, ka_id, -90, 9, "Redaktionsplanung");
  w.fact(krume, FactKind::appreciation, -120,
         "Dank für die Ostereier-Aktion, Umsatzplus in der Filiale", 2);
  w.fact(krume, FactKind::appreciation, -30, "Inhaberin lobt die Zusammenarbeit vor ihrem Team", 1);

  // 9. A steady, unremarkable client.
  Id seitenwind =
      w.client("Verlag Seitenwind", ClientStatus::active, {"editorial"}, {"seitenwind-verlag.de"},
               {"herstellung@seitenwind-verlag.de"}, "Buchumschläge nach Bedarf.", {"Seitenwind"});
  Agreement va = make_agreement(seitenwind, "Umschlaggestaltung", ContractType::werkvertrag,
                                Pricing::flat_fee, 150000, w.day(-year));
  va.included_revisions = 2;
  Id va_id = w.agreement(va);
  for (int i = 0; i < 6; ++i) {
    int offset = -350 + i * 55;
    w.time(seitenwind, va_id, offset, varied(i, 12 * 60), true, "Umschlag");
    w.invoice(seitenwind, va_id, fmt::format("8-{:03}", 700 + i), offset + 7, 14, 150000,
              std::optional(1));
  }
  w.fact(seitenwind, FactKind::revision_round, -200, "Zweite Runde Umschlag Herbstprogramm");

  // 10. A relationship that ended a year ago.
  Id farbraum =
      w.client("Atelier Farbraum", ClientStatus::ended, {"design"}, {"farbraum-atelier.de"}, {},
               "Zusammenarbeit beendet nach wiederholten Zahlungsausfällen.", {"Farbraum"});
  Agreement fa = make_agreement(farbraum, "Illustrationen", ContractType::werkvertrag,
                                Pricing::hourly, 9000, w.day(-720));
  fa.ended_on = w.day(-380);
  Id fa_id = w.agreement(fa);
  for (int i = 0; i < 5; ++i) {
    w.time(farbraum, fa_id, -700 + i * 60, varied(i, 8 * 60), true, "Illustrationen");
    w.invoice(farbraum, fa_id, fmt::format("9-{:03}", 800 + i), -690 + i * 60, 14, 72000,
              std::optional(60));
  }
  w.fact(farbraum, FactKind::dispute, -420, "Honorar für zwei Illustrationen bestritten", -2, 3);
  w.fact(farbraum, FactKind::note, -380, "Zusammenarbeit schriftlich beendet", 0);
}

}  // namespace

DemoCounts seed_demo(Context& ctx) {
  DemoCounts counts;
  ctx.store.transaction([&] {
    if (!ctx.store.clients().empty())
      throw data_error(
          tr("The database already has clients; the demo data goes into an empty database only."),
          tr("Use \"rapport --demo\" for the separate demo database."));
    std::string me = ctx.settings.user_name.empty() ? "Demo" : ctx.settings.user_name;
    if (ctx.settings.user_name.empty()) {
      ctx.store.set_setting("user_name", "Alex Muster");
      me = "Alex Muster";
    }
    if (!ctx.settings.target_rate) ctx.store.set_setting("target_rate", "95.00");
    if (ctx.settings.values.empty())
      ctx.store.set_setting("values", "Wertschätzung,Eigenverantwortung,Verlässlichkeit");
    DemoWriter writer(ctx);
    seed_stories(writer, me);
    counts = writer.counts;
  });
  return counts;
}

}  // namespace rapport
