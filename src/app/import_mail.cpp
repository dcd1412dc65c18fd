// SPDX-License-Identifier: GPL-3.0-or-later
// Mail: the metadata of messages from and to clients (time, direction, address, thread);
// bodies never, subjects only when asked.
#include <map>

#include "app/import_job.hpp"
#include "app/zone.hpp"
#include "core/text.hpp"
#include "importers/keys.hpp"
#include "importers/mail.hpp"

namespace rapport::imports {

void import_mail(Job& job, bool maildir) {
  std::vector<Message> found;
  std::map<std::string, std::int64_t> strangers;  // domains of unknown senders
  auto domain_of = [](const std::string& address) {
    auto at = address.rfind('@');
    return at == std::string::npos ? address : address.substr(at + 1);
  };
  auto sink = [&](const importers::MailHeader& h) {
    ++job.out.rows;
    if (!h.sent_at) {
      ++job.out.skipped;  // without a date it says nothing about when
      return;
    }
    Message m;
    std::optional<Id> client;
    if (auto from = job.matcher.by_address(h.from);
        from && (!job.forced || *from == job.forced->id)) {
      client = from;
      m.incoming = true;
      m.counterpart = h.from;
    } else {
      for (const auto& to : h.to) {
        auto id = job.matcher.by_address(to);
        if (id && (!job.forced || *id == job.forced->id)) {
          client = id;
          m.incoming = false;
          m.counterpart = to;
          break;
        }
      }
    }
    if (!client && job.forced) {
      // A folder of one client whose addresses rapport does not know: all of it is theirs,
      // written by them unless it came from the user.
      client = job.forced->id;
      m.incoming = true;
      m.counterpart = h.from;
    }
    if (!client) {
      ++job.out.no_client;
      ++strangers[domain_of(h.from)];
      return;
    }
    m.client_id = *client;
    m.sent_at = *h.sent_at;
    m.thread = h.thread;
    if (job.request.keep_subjects) m.subject = h.subject;
    m.source = job.tag;
    m.import_key =
        h.message_id.empty()
            ? importers::import_key({"mail", std::to_string(h.sent_at->time_since_epoch().count()),
                                     h.from, h.raw_subject})
            : importers::import_key({"mail", h.message_id});
    found.push_back(std::move(m));
  };
  auto progress = [&](double f) { job.progress(f); };
  if (maildir) {
    importers::read_maildir(job.out.file, sink, progress, job.request.keep_subjects);
  } else {
    importers::read_mbox(job.out.file, sink, progress, job.request.keep_subjects);
  }
  // Local times in one go: switching the zone per message would cost more than parsing.
  std::vector<Instant> instants;
  instants.reserve(found.size());
  for (const auto& m : found) instants.push_back(m.sent_at);
  auto local = to_local(instants, job.ctx.zone());
  for (std::size_t i = 0; i < found.size(); ++i) {
    found[i].local_date = local[i].date;
    found[i].minute_of_day = local[i].minute_of_day;
  }
  auto added = static_cast<std::int64_t>(job.ctx.store.add_messages(found));
  job.out.known += static_cast<std::int64_t>(found.size()) - added;
  if (added) job.out.added["messages"] = added;
  job.note_strangers(strangers);
}

}  // namespace rapport::imports
