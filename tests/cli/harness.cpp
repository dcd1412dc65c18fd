// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace rapport::testing {
namespace {

std::atomic<int> counter{0};

}  // namespace

nlohmann::json Result::json() const {
  try {
    return nlohmann::json::parse(out);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not JSON: " << e.what() << "\n" << out << err;
    return {};
  }
}

Rapport::Rapport() {
  dir_ = std::filesystem::temp_directory_path() /
         ("rapport-cli-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  env = {{"RAPPORT_DB", db()},
         {"RAPPORT_NOW", "2026-03-10T09:00"},
         {"TZ", "Europe/Berlin"},
         {"HOME", dir_.string()},
         {"XDG_DATA_HOME", (dir_ / "xdg").string()},
         {"PATH", "/usr/bin:/bin"}};
}

Rapport::~Rapport() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

Result Rapport::run(const std::vector<std::string>& args, const std::string& lang,
                    const std::string& input) {
  return spawn(RAPPORT_BINARY, args, lang, input);
}

Result Rapport::run_in_terminal(const std::vector<std::string>& args, const std::string& lang,
                                const std::string& input) {
  std::string command = "'" + std::string(RAPPORT_BINARY) + "'";
  for (const auto& a : args) {
    std::string quoted;
    for (char c : a) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    command += " '" + quoted + "'";
  }
  return spawn("/usr/bin/script", {"-qec", command, "/dev/null"}, lang, input);
}

Result Rapport::spawn(const std::string& binary, const std::vector<std::string>& args,
                      const std::string& lang, const std::string& input) {
  std::map<std::string, std::string> vars = env;
  if (!vars.count("LANG")) vars["LANG"] = lang == "de" ? "de_DE.UTF-8" : "en_US.UTF-8";
  std::vector<std::string> env_strings;
  for (const auto& [k, v] : vars) env_strings.push_back(k + "=" + v);
  std::vector<char*> envp, argv;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::string program = binary;
  std::vector<std::string> arg_copy = args;
  argv.push_back(program.data());
  for (auto& a : arg_copy) argv.push_back(a.data());
  argv.push_back(nullptr);

  int in[2], out[2], err[2];
  if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe");
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    // Files a command writes by a relative name land in the test's directory.
    if (chdir(dir_.c_str()) != 0) _exit(126);
    execve(program.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);
  if (!input.empty()) {
    ssize_t written = write(in[1], input.data(), input.size());
    (void)written;
  }
  close(in[1]);
  Result r;
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  int open_fds = 2;
  char buffer[4096];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? r.out : r.err).append(buffer, static_cast<std::size_t>(n));
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

Result Rapport::ok(const std::vector<std::string>& args, const std::string& lang) {
  Result r = run(args, lang);
  std::string joined;
  for (const auto& a : args) joined += a + " ";
  EXPECT_EQ(r.code, 0) << "rapport " << joined << "\n" << r.err;
  return r;
}

std::string Rapport::dump() const {
  if (!std::filesystem::exists(db())) return "(no database)";
  SQLite::Database database(db(), SQLite::OPEN_READONLY);
  std::string text;
  SQLite::Statement tables(database,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%' ORDER BY name");
  while (tables.executeStep()) {
    std::string table = tables.getColumn(0).getString();
    text += "[" + table + "]\n";
    SQLite::Statement rows(database, "SELECT * FROM \"" + table + "\" ORDER BY 1");
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        text += rows.getColumn(i).isNull() ? "NULL" : rows.getColumn(i).getString();
        text += '|';
      }
      text += '\n';
    }
  }
  return text;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string capture(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ::pclose(pipe);
  }
  return out;
}

std::string pdf_text(const std::filesystem::path& pdf) {
  std::string out = capture("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
  for (char& ch : out)
    if (ch == '\n') ch = ' ';
  return out;
}

}  // namespace rapport::testing
