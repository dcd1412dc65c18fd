// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions, their items and checklist answers, and conversations: small tables read one
// client at a time.
#include "core/text.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/sqlite/support.hpp"

namespace rapport::sqlite {

std::vector<DecisionItem> SqliteStore::decision_items(Id client_id) const {
  return guarded(path_, [&] {
    std::vector<DecisionItem> items;
    SQLite::Statement q(*db_,
                        "SELECT id, side, text, weight FROM decision_items WHERE client_id = ? "
                        "ORDER BY side DESC, weight DESC, id");
    q.bind(1, client_id);
    while (q.executeStep()) {
      DecisionItem item;
      item.id = q.getColumn(0).getInt64();
      item.side = q.getColumn(1).getString() == "pro" ? Side::pro : Side::con;
      item.text = q.getColumn(2).getString();
      item.weight = q.getColumn(3).getInt();
      items.push_back(std::move(item));
    }
    return items;
  });
}

Id SqliteStore::save_decision_item(Id client_id, const DecisionItem& item) {
  return guarded(path_, [&] {
    Id id = 0;
    transaction([&] {
      SQLite::Statement q(
          *db_,
          "INSERT INTO decision_items (client_id, side, text, text_key, weight) "
          "VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id, text_key) DO UPDATE SET "
          "side = excluded.side, text = excluded.text, weight = excluded.weight RETURNING id");
      q.bind(1, client_id);
      q.bind(2, std::string(code(item.side)));
      q.bind(3, item.text);
      q.bind(4, text::fold_case(item.text));
      q.bind(5, item.weight);
      if (q.executeStep()) id = q.getColumn(0).getInt64();
    });
    return id;
  });
}

bool SqliteStore::remove_decision_item(Id client_id, const std::string& text) {
  return guarded(path_, [&] {
    bool removed = false;
    transaction([&] {
      SQLite::Statement q(*db_, "DELETE FROM decision_items WHERE client_id = ? AND text_key = ?");
      q.bind(1, client_id);
      q.bind(2, text::fold_case(text::trim(text)));
      removed = q.exec() > 0;
    });
    return removed;
  });
}

std::vector<ChangeAnswer> SqliteStore::change_answers(Id client_id) const {
  return guarded(path_, [&] {
    std::vector<ChangeAnswer> answers;
    SQLite::Statement q(*db_,
                        "SELECT question, answer, answered_on FROM change_answers "
                        "WHERE client_id = ?");
    q.bind(1, client_id);
    while (q.executeStep()) {
      ChangeAnswer a;
      a.question = parse_change_question(q.getColumn(0).getString(), "database");
      a.answer = parse_answer(q.getColumn(1).getString(), "database");
      a.answered_on = read_date(q.getColumn(2));
      answers.push_back(a);
    }
    return answers;
  });
}

void SqliteStore::set_change_answer(Id client_id, const ChangeAnswer& answer) {
  guarded(path_, [&] {
    transaction([&] {
      if (answer.answer == Answer::unknown) {
        SQLite::Statement q(*db_,
                            "DELETE FROM change_answers WHERE client_id = ? AND question = ?");
        q.bind(1, client_id);
        q.bind(2, std::string(code(answer.question)));
        q.exec();
        return;
      }
      SQLite::Statement q(*db_,
                          "INSERT INTO change_answers (client_id, question, answer, answered_on) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT (client_id, question) DO UPDATE SET "
                          "answer = excluded.answer, answered_on = excluded.answered_on");
      q.bind(1, client_id);
      q.bind(2, std::string(code(answer.question)));
      q.bind(3, std::string(code(answer.answer)));
      q.bind(4, iso_date(answer.answered_on));
      q.exec();
    });
  });
}

Id SqliteStore::add_decision(const DecisionRecord& d) {
  return guarded(path_, [&] {
    Id id = 0;
    transaction([&] {
      SQLite::Statement q(*db_,
                          "INSERT INTO decisions (client_id, decided_on, choice, recommendation, "
                          "next_step, due, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)");
      q.bind(1, d.client_id);
      q.bind(2, iso_date(d.decided_on));
      q.bind(3, std::string(code(d.choice)));
      q.bind(4, std::string(code(d.recommendation)));
      q.bind(5, d.next_step);
      bind_date(q, 6, d.due);
      q.bind(7, d.snapshot.empty() ? std::string("{}") : d.snapshot);
      q.exec();
      id = db_->getLastInsertRowid();
    });
    return id;
  });
}

std::vector<DecisionRecord> SqliteStore::decisions(Id client_id) const {
  return guarded(path_, [&] {
    std::vector<DecisionRecord> out;
    SQLite::Statement q(*db_,
                        "SELECT id, decided_on, choice, recommendation, next_step, due, snapshot "
                        "FROM decisions WHERE client_id = ? ORDER BY decided_on, id");
    q.bind(1, client_id);
    while (q.executeStep()) {
      DecisionRecord d;
      d.id = q.getColumn(0).getInt64();
      d.client_id = client_id;
      d.decided_on = read_date(q.getColumn(1));
      d.choice = parse_choice(q.getColumn(2).getString(), "database");
      d.recommendation = parse_choice(q.getColumn(3).getString(), "database");
      d.next_step = q.getColumn(4).getString();
      d.due = read_opt_date(q.getColumn(5));
      d.snapshot = q.getColumn(6).getString();
      out.push_back(std::move(d));
    }
    return out;
  });
}

Id SqliteStore::add_conversation(const Conversation& c) {
  return guarded(path_, [&] {
    Id id = 0;
    transaction([&] {
      SQLite::Statement q(*db_,
                          "INSERT INTO conversations (client_id, fact_id, date, outcome, "
                          "follow_up, values_discussed) VALUES (?, ?, ?, ?, ?, ?)");
      q.bind(1, c.client_id);
      bind_opt(q, 2, c.fact_id);
      q.bind(3, iso_date(c.date));
      q.bind(4, c.outcome);
      bind_date(q, 5, c.follow_up);
      q.bind(6, c.values_discussed ? 1 : 0);
      q.exec();
      id = db_->getLastInsertRowid();
      SQLite::Statement agreed(
          *db_,
          "INSERT INTO conversation_agreed (conversation_id, position, text) VALUES (?, ?, ?)");
      for (std::size_t i = 0; i < c.agreed.size(); ++i) {
        agreed.reset();
        agreed.bind(1, id);
        agreed.bind(2, static_cast<int64_t>(i));
        agreed.bind(3, c.agreed[i]);
        agreed.exec();
      }
      SQLite::Statement topic(*db_,
                              "INSERT INTO conversation_topics (conversation_id, metric, level, "
                              "value) VALUES (?, ?, ?, ?)");
      for (const auto& t : c.topics) {
        topic.reset();
        topic.bind(1, id);
        topic.bind(2, std::string(spec(t.metric).name));
        topic.bind(3, std::string(code(t.level)));
        if (t.value) {
          topic.bind(4, *t.value);
        } else {
          topic.bind(4);
        }
        topic.exec();
      }
    });
    return id;
  });
}

std::vector<Conversation> SqliteStore::conversations(std::optional<Id> client_id) const {
  return guarded(path_, [&] {
    std::vector<Conversation> out;
    std::map<Id, std::size_t> index;
    std::string where = client_id ? " WHERE client_id = ?" : "";
    SQLite::Statement q(*db_,
                        "SELECT id, client_id, fact_id, date, outcome, follow_up, "
                        "values_discussed FROM conversations" +
                            where + " ORDER BY date, id");
    if (client_id) q.bind(1, *client_id);
    while (q.executeStep()) {
      Conversation c;
      c.id = q.getColumn(0).getInt64();
      c.client_id = q.getColumn(1).getInt64();
      c.fact_id = read_opt_int64(q.getColumn(2));
      c.date = read_date(q.getColumn(3));
      c.outcome = q.getColumn(4).getString();
      c.follow_up = read_opt_date(q.getColumn(5));
      c.values_discussed = q.getColumn(6).getInt() != 0;
      index[c.id] = out.size();
      out.push_back(std::move(c));
    }
    if (out.empty()) return out;
    std::string of_client =
        client_id ? " WHERE conversation_id IN (SELECT id FROM conversations WHERE client_id = ?)"
                  : "";
    SQLite::Statement agreed(*db_, "SELECT conversation_id, text FROM conversation_agreed" +
                                       of_client + " ORDER BY conversation_id, position");
    if (client_id) agreed.bind(1, *client_id);
    while (agreed.executeStep())
      out[index.at(agreed.getColumn(0).getInt64())].agreed.push_back(
          agreed.getColumn(1).getString());
    SQLite::Statement topics(*db_,
                             "SELECT conversation_id, metric, level, value FROM "
                             "conversation_topics" +
                                 of_client + " ORDER BY conversation_id, rowid");
    if (client_id) topics.bind(1, *client_id);
    while (topics.executeStep()) {
      auto metric = find_metric(topics.getColumn(1).getString());
      if (!metric) continue;  // a metric of a newer rapport
      ConversationTopic t;
      t.metric = *metric;
      t.level = parse_level(topics.getColumn(2).getString(), "database");
      if (!topics.getColumn(3).isNull()) t.value = topics.getColumn(3).getDouble();
      out[index.at(topics.getColumn(0).getInt64())].topics.push_back(t);
    }
    return out;
  });
}

std::map<Metric, std::string> SqliteStore::topic_wishes(Id client_id) const {
  return guarded(path_, [&] {
    std::map<Metric, std::string> out;
    SQLite::Statement q(*db_, "SELECT metric, wish FROM topic_wishes WHERE client_id = ?");
    q.bind(1, client_id);
    while (q.executeStep())
      if (auto metric = find_metric(q.getColumn(0).getString()))
        out[*metric] = q.getColumn(1).getString();
    return out;
  });
}

void SqliteStore::set_topic_wish(Id client_id, Metric metric, const std::string& wish) {
  guarded(path_, [&] {
    transaction([&] {
      std::string text(text::trim(wish));
      if (text.empty()) {
        SQLite::Statement q(*db_, "DELETE FROM topic_wishes WHERE client_id = ? AND metric = ?");
        q.bind(1, client_id);
        q.bind(2, std::string(spec(metric).name));
        q.exec();
        return;
      }
      SQLite::Statement q(*db_,
                          "INSERT INTO topic_wishes (client_id, metric, wish) VALUES (?, ?, ?) "
                          "ON CONFLICT (client_id, metric) DO UPDATE SET wish = excluded.wish");
      q.bind(1, client_id);
      q.bind(2, std::string(spec(metric).name));
      q.bind(3, text);
      q.exec();
    });
  });
}

}  // namespace rapport::sqlite
