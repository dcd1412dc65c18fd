// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/migrations.hpp"

namespace rapport::sqlite {
namespace {

// Dates are ISO text (YYYY-MM-DD, sortable); instants are Unix seconds; money is cents;
// durations are minutes.
constexpr std::string_view kClientsAndFacts = R"sql(
CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  name_key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('prospect', 'active', 'paused', 'ended')),
  notes TEXT NOT NULL DEFAULT '',
  ended_on TEXT CHECK (ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE client_handles (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('alias', 'domain', 'email', 'tag')),
  value TEXT NOT NULL CHECK (value <> ''),
  value_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (client_id, kind, value_key)
) STRICT;
-- An alias, domain or address points to one client only, so imports can match it.
CREATE UNIQUE INDEX client_handles_unique ON client_handles(kind, value_key) WHERE kind <> 'tag';

CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  contract_type TEXT NOT NULL CHECK (contract_type IN ('unknown', 'werkvertrag', 'dienstvertrag')),
  pricing TEXT NOT NULL CHECK (pricing IN ('none', 'hourly', 'flat_fee', 'retainer')),
  price_cents INTEGER NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
  included_minutes INTEGER CHECK (included_minutes >= 0),
  included_revisions INTEGER CHECK (included_revisions >= 0),
  start_date TEXT,
  end_date TEXT,
  term TEXT,
  renewal TEXT,
  notice_clause TEXT NOT NULL DEFAULT '',
  payment_days INTEGER CHECK (payment_days >= 0),
  cancellation_notice_minutes INTEGER CHECK (cancellation_notice_minutes >= 0),
  trust_based INTEGER NOT NULL DEFAULT 0 CHECK (trust_based IN (0, 1)),
  termination_form TEXT NOT NULL DEFAULT 'none' CHECK (termination_form IN ('none', 'written', 'text')),
  note TEXT NOT NULL DEFAULT '',
  ended_on TEXT
) STRICT;
CREATE INDEX agreements_client ON agreements(client_id);

CREATE TABLE agreement_scope (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  included INTEGER NOT NULL CHECK (included IN (0, 1)),
  position INTEGER NOT NULL,
  item TEXT NOT NULL CHECK (item <> ''),
  PRIMARY KEY (agreement_id, included, position)
) STRICT;

CREATE TABLE facts (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('cancellation', 'no_show', 'broken_agreement',
    'out_of_scope_request', 'revision_round', 'rude_tone', 'complaint', 'dispute',
    'appreciation', 'referral', 'call', 'meeting', 'note')),
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  minute_of_day INTEGER CHECK (minute_of_day BETWEEN 0 AND 1439),
  hours_minutes INTEGER CHECK (hours_minutes >= 0),
  amount_cents INTEGER CHECK (amount_cents >= 0),
  notice_minutes INTEGER CHECK (notice_minutes >= 0),
  severity INTEGER CHECK (severity BETWEEN 1 AND 3),
  mood INTEGER CHECK (mood BETWEEN -2 AND 2),
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX facts_client_date ON facts(client_id, date);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
)sql";

constexpr std::string_view kMoneyAndCalendar = R"sql(
CREATE TABLE time_entries (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  start_minute INTEGER CHECK (start_minute BETWEEN 0 AND 1439),
  end_minute INTEGER CHECK (end_minute BETWEEN 0 AND 1440),
  minutes INTEGER NOT NULL CHECK (minutes >= 0),
  billable INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1)),
  in_scope INTEGER NOT NULL DEFAULT 1 CHECK (in_scope IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual'
) STRICT;
CREATE INDEX time_entries_client_date ON time_entries(client_id, date);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
  number TEXT NOT NULL UNIQUE CHECK (number <> ''),
  issue_date TEXT NOT NULL CHECK (issue_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  due_date TEXT NOT NULL CHECK (due_date >= issue_date),
  net_cents INTEGER NOT NULL CHECK (net_cents >= 0),
  gross_cents INTEGER CHECK (gross_cents >= 0),
  status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
  note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual'
) STRICT;
CREATE INDEX invoices_client ON invoices(client_id);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  invoice_id INTEGER REFERENCES invoices(id) ON DELETE SET NULL,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  reference TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual'
) STRICT;
CREATE INDEX payments_client ON payments(client_id);
CREATE INDEX payments_invoice ON payments(invoice_id);

CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
  title TEXT NOT NULL DEFAULT '',
  start_at INTEGER NOT NULL,
  end_at INTEGER CHECK (end_at IS NULL OR end_at >= start_at),
  zone TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
  cancelled_at INTEGER,
  cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('client', 'me')),
  note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual',
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
) STRICT;
CREATE INDEX appointments_client_start ON appointments(client_id, start_at);

-- A cancellation fact may come from a cancelled appointment.
ALTER TABLE facts ADD COLUMN appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL;
)sql";

// Roll-ups kept by triggers, so that the status of a thousand clients reads thousands of
// rows, not millions: time per client and month, time per agreement, and what is paid on
// each invoice. Also the user's thresholds and the state of the last check.
constexpr std::string_view kHealth = R"sql(
CREATE TABLE time_by_month (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  month TEXT NOT NULL,
  minutes INTEGER NOT NULL DEFAULT 0,
  out_of_scope_minutes INTEGER NOT NULL DEFAULT 0,
  entries INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (client_id, month)
) STRICT, WITHOUT ROWID;
CREATE INDEX time_by_month_month ON time_by_month(month, client_id, minutes, out_of_scope_minutes, entries);

CREATE TABLE time_by_agreement (
  agreement_id INTEGER PRIMARY KEY REFERENCES agreements(id) ON DELETE CASCADE,
  in_scope_minutes INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO time_by_month (client_id, month, minutes, out_of_scope_minutes, entries)
  SELECT client_id, substr(date, 1, 7), SUM(minutes), SUM(CASE WHEN in_scope = 0 THEN minutes ELSE 0 END), COUNT(*)
  FROM time_entries GROUP BY client_id, substr(date, 1, 7);
INSERT INTO time_by_agreement (agreement_id, in_scope_minutes)
  SELECT agreement_id, SUM(minutes) FROM time_entries
  WHERE agreement_id IS NOT NULL AND in_scope = 1 GROUP BY agreement_id;

CREATE TRIGGER time_entries_rollup_insert AFTER INSERT ON time_entries BEGIN
  INSERT INTO time_by_month (client_id, month, minutes, out_of_scope_minutes, entries)
    VALUES (NEW.client_id, substr(NEW.date, 1, 7), NEW.minutes,
            CASE WHEN NEW.in_scope = 0 THEN NEW.minutes ELSE 0 END, 1)
    ON CONFLICT (client_id, month) DO UPDATE SET
      minutes = minutes + excluded.minutes,
      out_of_scope_minutes = out_of_scope_minutes + excluded.out_of_scope_minutes,
      entries = entries + 1;
  INSERT INTO time_by_agreement (agreement_id, in_scope_minutes)
    SELECT NEW.agreement_id, NEW.minutes WHERE NEW.agreement_id IS NOT NULL AND NEW.in_scope = 1
    ON CONFLICT (agreement_id) DO UPDATE SET in_scope_minutes = in_scope_minutes + excluded.in_scope_minutes;
END;

CREATE TRIGGER time_entries_rollup_delete AFTER DELETE ON time_entries BEGIN
  UPDATE time_by_month SET
      minutes = minutes - OLD.minutes,
      out_of_scope_minutes = out_of_scope_minutes - CASE WHEN OLD.in_scope = 0 THEN OLD.minutes ELSE 0 END,
      entries = entries - 1
    WHERE client_id = OLD.client_id AND month = substr(OLD.date, 1, 7);
  UPDATE time_by_agreement SET in_scope_minutes = in_scope_minutes - OLD.minutes
    WHERE agreement_id = OLD.agreement_id AND OLD.in_scope = 1;
END;

CREATE TRIGGER time_entries_rollup_update AFTER UPDATE ON time_entries BEGIN
  UPDATE time_by_month SET
      minutes = minutes - OLD.minutes,
      out_of_scope_minutes = out_of_scope_minutes - CASE WHEN OLD.in_scope = 0 THEN OLD.minutes ELSE 0 END,
      entries = entries - 1
    WHERE client_id = OLD.client_id AND month = substr(OLD.date, 1, 7);
  UPDATE time_by_agreement SET in_scope_minutes = in_scope_minutes - OLD.minutes
    WHERE agreement_id = OLD.agreement_id AND OLD.in_scope = 1;
  INSERT INTO time_by_month (client_id, month, minutes, out_of_scope_minutes, entries)
    VALUES (NEW.client_id, substr(NEW.date, 1, 7), NEW.minutes,
            CASE WHEN NEW.in_scope = 0 THEN NEW.minutes ELSE 0 END, 1)
    ON CONFLICT (client_id, month) DO UPDATE SET
      minutes = minutes + excluded.minutes,
      out_of_scope_minutes = out_of_scope_minutes + excluded.out_of_scope_minutes,
      entries = entries + 1;
  INSERT INTO time_by_agreement (agreement_id, in_scope_minutes)
    SELECT NEW.agreement_id, NEW.minutes WHERE NEW.agreement_id IS NOT NULL AND NEW.in_scope = 1
    ON CONFLICT (agreement_id) DO UPDATE SET in_scope_minutes = in_scope_minutes + excluded.in_scope_minutes;
END;

-- Partial months are summed from the entries themselves; this index covers that.
CREATE INDEX time_entries_date ON time_entries(date, client_id, minutes, in_scope);

ALTER TABLE invoices ADD COLUMN paid_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN last_paid_on TEXT;
UPDATE invoices SET
  paid_cents = (SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE invoice_id = invoices.id),
  last_paid_on = (SELECT MAX(date) FROM payments WHERE invoice_id = invoices.id);

CREATE TRIGGER payments_paid_insert AFTER INSERT ON payments WHEN NEW.invoice_id IS NOT NULL BEGIN
  UPDATE invoices SET paid_cents = paid_cents + NEW.amount_cents,
                      last_paid_on = MAX(COALESCE(last_paid_on, ''), NEW.date)
    WHERE id = NEW.invoice_id;
END;
CREATE TRIGGER payments_paid_delete AFTER DELETE ON payments WHEN OLD.invoice_id IS NOT NULL BEGIN
  UPDATE invoices SET
    paid_cents = (SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE invoice_id = OLD.invoice_id),
    last_paid_on = (SELECT MAX(date) FROM payments WHERE invoice_id = OLD.invoice_id)
    WHERE id = OLD.invoice_id;
END;
CREATE TRIGGER payments_paid_update AFTER UPDATE ON payments BEGIN
  UPDATE invoices SET
    paid_cents = (SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE invoice_id = invoices.id),
    last_paid_on = (SELECT MAX(date) FROM payments WHERE invoice_id = invoices.id)
    WHERE id IN (OLD.invoice_id, NEW.invoice_id);
END;

-- Covers the invoices the health view reads (those of the last year or so), in date order.
CREATE INDEX invoices_ledger ON invoices(issue_date, status, net_cents, client_id, agreement_id, number, due_date,
  gross_cents, paid_cents, last_paid_on);
CREATE INDEX invoices_due_date ON invoices(due_date, issue_date, status);
-- Open invoices of any age, covered as well: old unpaid ones are spread over the whole table.
CREATE INDEX invoices_open ON invoices(status, issue_date, net_cents, client_id, agreement_id, number, due_date,
  gross_cents, paid_cents, last_paid_on) WHERE status = 'open';
-- Covers what the health of all clients reads from facts, so that it never touches the table.
CREATE INDEX facts_signals ON facts(date, client_id, kind, minute_of_day, notice_minutes, severity, mood,
  agreement_id, hours_minutes, amount_cents, recorded_by, id);

CREATE TABLE thresholds (
  id INTEGER PRIMARY KEY,
  metric TEXT NOT NULL,
  comparison TEXT NOT NULL CHECK (comparison IN ('>', '>=', '<', '<=', '==')),
  value REAL NOT NULL,
  relative_to_target INTEGER NOT NULL DEFAULT 0 CHECK (relative_to_target IN (0, 1)),
  window_code TEXT,
  level TEXT NOT NULL CHECK (level IN ('tolerate', 'address', 'leave')),
  note TEXT NOT NULL DEFAULT ''
) STRICT;

-- Internal state: whether the thresholds were customised, and the like.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- What the last `rapport check` saw, to report only what changed.
CREATE TABLE check_state (
  client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
  band TEXT NOT NULL,
  breaches TEXT NOT NULL,
  checked_at TEXT NOT NULL
) STRICT;
)sql";

constexpr std::string_view kDecisions = R"sql(
ALTER TABLE clients ADD COLUMN reference INTEGER NOT NULL DEFAULT 0 CHECK (reference IN (0, 1));

-- The user's own pros and cons of a client, kept between decisions; one item per text.
CREATE TABLE decision_items (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('pro', 'con')),
  text TEXT NOT NULL CHECK (text <> ''),
  text_key TEXT NOT NULL,
  weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 5),
  UNIQUE (client_id, text_key)
) STRICT;

-- The user's answers to the "change it" checklist.
CREATE TABLE change_answers (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  question TEXT NOT NULL CHECK (question IN ('values_known', 'importance_known', 'said_clearly',
    'improved_after')),
  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
  answered_on TEXT NOT NULL,
  PRIMARY KEY (client_id, question)
) STRICT;

-- Decisions as a history, each with the view it was taken on (JSON).
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  decided_on TEXT NOT NULL,
  choice TEXT NOT NULL CHECK (choice IN ('love', 'change', 'leave')),
  recommendation TEXT NOT NULL CHECK (recommendation IN ('love', 'change', 'leave')),
  next_step TEXT NOT NULL DEFAULT '',
  due TEXT,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT;
CREATE INDEX decisions_client ON decisions(client_id, decided_on);

-- Conversations about the relationship, with what was breached at the time.
CREATE TABLE conversations (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  fact_id INTEGER REFERENCES facts(id) ON DELETE SET NULL,
  date TEXT NOT NULL,
  outcome TEXT NOT NULL DEFAULT '',
  follow_up TEXT,
  values_discussed INTEGER NOT NULL DEFAULT 0 CHECK (values_discussed IN (0, 1))
) STRICT;
CREATE INDEX conversations_client ON conversations(client_id, date);
CREATE TABLE conversation_agreed (
  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (text <> ''),
  PRIMARY KEY (conversation_id, position)
) STRICT;
CREATE TABLE conversation_topics (
  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  metric TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('tolerate', 'address', 'leave')),
  value REAL,
  PRIMARY KEY (conversation_id, metric)
) STRICT;

-- What the user wishes for instead, per topic, kept for the next preparation.
CREATE TABLE topic_wishes (
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  metric TEXT NOT NULL,
  wish TEXT NOT NULL CHECK (wish <> ''),
  PRIMARY KEY (client_id, metric)
) STRICT;
)sql";

constexpr std::string_view kContractLaw = R"sql(
ALTER TABLE agreements ADD COLUMN fee_period TEXT CHECK (fee_period IS NULL OR fee_period IN
  ('hour', 'day', 'week', 'month', 'quarter', 'year', 'none'));

-- Base rates (§ 247 BGB) the user adds to the ones rapport ships.
CREATE TABLE base_rates (
  valid_from TEXT PRIMARY KEY CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  percent REAL NOT NULL CHECK (percent BETWEEN -10 AND 30)
) STRICT;
)sql";

// Imports: where each record came from (sources), a stable key per imported record so that
// a second import of the same or an overlapping export adds nothing, mail metadata, bank
// credits waiting to be assigned, and the column mappings the user saved.
constexpr std::string_view kImports = R"sql(
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  format TEXT NOT NULL,
  file TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  imported_at INTEGER NOT NULL,
  seen_at INTEGER,
  counts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
  undone_at INTEGER
) STRICT;
CREATE INDEX sources_scope ON sources(scope, imported_at);

ALTER TABLE time_entries ADD COLUMN import_key INTEGER;
ALTER TABLE invoices ADD COLUMN import_key INTEGER;
ALTER TABLE payments ADD COLUMN import_key INTEGER;
ALTER TABLE appointments ADD COLUMN import_key INTEGER;
ALTER TABLE appointments ADD COLUMN changed_by_source INTEGER;
ALTER TABLE facts ADD COLUMN import_key INTEGER;
ALTER TABLE clients ADD COLUMN created_by_source INTEGER;
CREATE UNIQUE INDEX time_entries_import_key ON time_entries(import_key) WHERE import_key IS NOT NULL;
CREATE UNIQUE INDEX invoices_import_key ON invoices(import_key) WHERE import_key IS NOT NULL;
CREATE UNIQUE INDEX payments_import_key ON payments(import_key) WHERE import_key IS NOT NULL;
CREATE UNIQUE INDEX appointments_import_key ON appointments(import_key) WHERE import_key IS NOT NULL;
CREATE UNIQUE INDEX facts_import_key ON facts(import_key) WHERE import_key IS NOT NULL;
CREATE INDEX facts_source ON facts(source) WHERE source <> 'manual';
-- Time is read by date (time_entries_date covers the health view); the index by client cost a
-- quarter of a large import and saved only the listing of one client's entries.
DROP INDEX time_entries_client_date;

-- E-mail metadata: never bodies; subjects only when the user asks for them.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  sent_at INTEGER NOT NULL,
  local_date TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  minute_of_day INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  counterpart TEXT NOT NULL,
  thread TEXT NOT NULL DEFAULT '',
  subject TEXT,
  source TEXT NOT NULL,
  import_key INTEGER NOT NULL UNIQUE
) STRICT;
CREATE INDEX messages_client_date ON messages(client_id, local_date, minute_of_day, direction);

-- Incoming bank credits as read from statements; a payment once assigned to a client.
CREATE TABLE bank_credits (
  id INTEGER PRIMARY KEY,
  booked_on TEXT NOT NULL CHECK (booked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  payer TEXT NOT NULL DEFAULT '',
  iban TEXT NOT NULL DEFAULT '',
  remittance TEXT NOT NULL DEFAULT '',
  payment_id INTEGER REFERENCES payments(id) ON DELETE SET NULL,
  reversed_by INTEGER UNIQUE,  -- the import key of the bank's return of this credit
  source TEXT NOT NULL,
  import_key INTEGER NOT NULL UNIQUE
) STRICT;

-- The accounts clients paid from, learnt when a credit is assigned: the next credit from the
-- same IBAN belongs to the same client.
CREATE TABLE payer_accounts (
  iban TEXT PRIMARY KEY CHECK (iban <> ''),
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE
) STRICT;

-- Column mappings for CSV files, saved under a name.
CREATE TABLE import_profiles (
  name TEXT PRIMARY KEY CHECK (name <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('time', 'invoices')),
  mapping TEXT NOT NULL
) STRICT;
)sql";

// Time entries are the table written a million rows at a time. Seven CHECK constraints, one
// of them a GLOB over the date, cost a tenth of such an import; one constraint with the same
// conditions costs a third of that. The date's shape is checked by length and range now.
constexpr TableRebuild kLeanTimeEntries = {"time_entries", R"sql(
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
  date TEXT NOT NULL,
  start_minute INTEGER,
  end_minute INTEGER,
  minutes INTEGER NOT NULL,
  billable INTEGER NOT NULL DEFAULT 1,
  in_scope INTEGER NOT NULL DEFAULT 1,
  note TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT 'manual',
  import_key INTEGER,
  CHECK (length(date) = 10 AND date BETWEEN '1900-01-01' AND '2999-12-31'
         AND start_minute BETWEEN 0 AND 1439 AND end_minute BETWEEN 0 AND 1440
         AND minutes >= 0 AND billable IN (0, 1) AND in_scope IN (0, 1))
)sql"};

constexpr Migration kMigrations[] = {
    {1, "clients, agreements, facts and settings", kClientsAndFacts},
    {2, "time entries, invoices, payments and appointments", kMoneyAndCalendar},
    {3, "roll-ups for the health view, thresholds and check state", kHealth},
    {4, "decisions, conversations and the reference flag of clients", kDecisions},
    {5, "how fees are measured, and base rates for default interest", kContractLaw},
    {6, "imports: sources, import keys, mail metadata, bank credits and mappings", kImports},
    {7, "time entries checked by one constraint", "", kLeanTimeEntries},
};

}  // namespace

std::span<const Migration> migrations() {
  return kMigrations;
}
int latest_version() {
  return kMigrations[std::size(kMigrations) - 1].version;
}

}  // namespace rapport::sqlite
