// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/thresholds.hpp"

#include <fmt/format.h>

#include <toml++/toml.h>
#include <sstream>

#include "app/health.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "i18n/i18n.hpp"

namespace rapport {
namespace {

std::string toml_string(const std::string& s) {
  std::ostringstream out;
  out << toml::value<std::string>(s);
  return out.str();
}

}  // namespace

Threshold set_threshold(Context& ctx, const Threshold& rule) {
  Threshold stored = rule;
  ctx.store.transaction([&] {
    auto rules = active_thresholds(ctx.store);
    auto same = std::find_if(rules.begin(), rules.end(), [&](const Threshold& t) {
      return t.metric == rule.metric && t.level == rule.level;
    });
    if (same != rules.end()) {
      *same = rule;
    } else {
      rules.push_back(rule);
    }
    ctx.store.replace_thresholds(rules);
  });
  return stored;
}

std::size_t remove_thresholds(Context& ctx, Metric metric, std::optional<Level> level) {
  std::size_t removed = 0;
  ctx.store.transaction([&] {
    auto rules = active_thresholds(ctx.store);
    removed = std::erase_if(rules, [&](const Threshold& t) {
      return t.metric == metric && (!level || t.level == *level);
    });
    if (removed == 0)
      throw data_error(trf("There is no threshold for {} to remove.", spec(metric).name),
                       tr("\"rapport thresholds list\" shows the thresholds in force."));
    ctx.store.replace_thresholds(rules);
  });
  return removed;
}

void reset_thresholds(Context& ctx) {
  ctx.store.transaction([&] { ctx.store.reset_thresholds(); });
}

void replace_thresholds(Context& ctx, const std::vector<Threshold>& rules) {
  ctx.store.transaction([&] { ctx.store.replace_thresholds(rules); });
}

std::string thresholds_to_toml(const std::vector<Threshold>& rules) {
  std::string out =
      tr("# rapport pain thresholds (Schmerzgrenzen).\n"
         "# Each [[threshold]] is one rule: when the metric, measured over the window, compares\n"
         "# true with the value, the client is at that level: tolerate (noted), address (talk\n"
         "# about it: yellow) or leave (red). Windows: 90d, 6m, 1y, all.\n"
         "# docs/thresholds.md lists the metrics and how their values are written.\n");
  for (const auto& t : rules) {
    out += "\n[[threshold]]\n";
    out += fmt::format("metric = {}\n", toml_string(std::string(spec(t.metric).name)));
    out += fmt::format("comparison = {}\n", toml_string(std::string(code(t.comparison))));
    out += fmt::format("value = {}\n", toml_string(threshold_value_text(t)));
    out += fmt::format("window = {}\n", toml_string(window_code(t.window)));
    out += fmt::format("level = {}\n", toml_string(std::string(code(t.level))));
    if (!t.note.empty()) out += fmt::format("note = {}\n", toml_string(t.note));
  }
  return out;
}

std::vector<Threshold> thresholds_from_toml(const std::string& text, const std::string& source) {
  toml::table doc;
  try {
    doc = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    throw data_error(
        trf("{0}:{1}: {2}", source, e.source().begin.line, e.description()),
        tr("The file is TOML; \"rapport thresholds export\" shows the expected form."));
  }
  std::vector<Threshold> rules;
  const toml::array* list = doc["threshold"].as_array();
  if (!list && !doc.empty())
    throw data_error(trf("{}: there is no [[threshold]] table.", source),
                     tr("\"rapport thresholds export\" shows the expected form."));
  if (!list) return rules;
  for (const auto& node : *list) {
    const toml::table* t = node.as_table();
    int line = static_cast<int>(node.source().begin.line);
    if (!t) throw data_error(trf("{0}:{1}: a threshold is a table of fields.", source, line));
    auto field = [&](const char* name, bool required) -> std::optional<std::string> {
      const toml::node* n = t->get(name);
      if (!n) {
        if (required)
          throw data_error(trf("{0}:{1}: field \"{2}\" is missing.", source, line, name));
        return std::nullopt;
      }
      int at = static_cast<int>(n->source().begin.line);
      if (auto s = n->value<std::string>()) return *s;
      if (auto i = n->value<std::int64_t>()) return std::to_string(*i);
      if (auto d = n->value<double>()) return fmt::format("{}", *d);
      throw data_error(trf("{0}:{1}: field \"{2}\" must be text or a number.", source, at, name));
    };
    auto located = [&](const char* name, auto&& parse) {
      const toml::node* n = t->get(name);
      int at = n ? static_cast<int>(n->source().begin.line) : line;
      try {
        return parse();
      } catch (const Error& e) {
        throw data_error(fmt::format("{}:{}: {}", source, at, e.message()), e.hint());
      }
    };
    for (const auto& [key, value] : *t) {
      std::string_view k = key.str();
      if (k != "metric" && k != "comparison" && k != "value" && k != "window" && k != "level" &&
          k != "note")
        throw data_error(
            trf("{0}:{1}: unknown field \"{2}\"; the fields are metric, comparison, value, window, "
                "level and note.",
                source, value.source().begin.line, k));
    }
    Threshold rule;
    rule.metric = located("metric", [&] { return parse_metric(*field("metric", true), "metric"); });
    rule.comparison = located(
        "comparison", [&] { return parse_comparison(*field("comparison", true), "comparison"); });
    rule.level = located("level", [&] { return parse_level(*field("level", true), "level"); });
    rule.window = located("window", [&] {
      auto w = field("window", false);
      return w ? parse_window(*w, "window") : std::optional<Period>(Period{1, PeriodUnit::years});
    });
    located("value", [&] {
      parse_threshold_value(rule, *field("value", true), "value");
      return 0;
    });
    rule.note = field("note", false).value_or("");
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace rapport
