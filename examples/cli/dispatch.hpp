// From argv to a command: the general options (--help, --version, help CMD), the check of a
// command's arguments against its option table, the help text, the man page and the bash
// completion printed from those tables, and the error contract: every failure is exit status 2
// and exactly one line on stderr, "accelspec CMD: --option: message".
#pragma once

#include <algorithm>
#include <exception>
#include <istream>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <accelspec/version.hpp>

#include "cli_support.hpp"
#include "command.hpp"
#include "diagnostics.hpp"

namespace accelspec::cli {

// The help option every command takes (not in the tables, so that no table can forget it).
inline const option_info help_option{"--help", "", "print this help and exit (also -h)", {}, value_type::none};

inline std::vector<candidate> command_candidates() {
  std::vector<candidate> c;
  for (const auto& [name, cmd] : registry()) c.push_back({name, name});
  c.push_back({"help", "help"});
  return c;
}

// The options of a command, and --help, as suggestion candidates.
inline std::vector<candidate> option_candidates(const command& cmd) {
  std::vector<candidate> c;
  c.reserve(cmd.options.size() + 1);
  for (const option_info& o : cmd.options) c.push_back({o.name, o.name});
  c.push_back({help_option.name, help_option.name});
  return c;
}

// Checks `a` against the command's table before the command reads it. Returns true when the
// user asked for help. Throws usage_error for an unknown option (with a suggestion), a flag given
// a value, a missing value, a single-valued option given twice, or a stray argument.
inline bool check_arguments(const command& cmd, args a) {
  std::set<std::string_view> seen;
  bool positional_seen = false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::string_view arg = a[i];
    if (arg == "--help" || arg == "-h") return true;
    if (arg.starts_with("--") && arg.size() > 2) {
      const std::size_t eq = arg.find('=');
      const std::string_view name = arg.substr(0, eq);
      const option_info* o = cmd.find(name);
      if (o == nullptr) {
        throw usage_error(shown(name) + ": unknown option" + did_you_mean(name, option_candidates(cmd)) +
                          " (accelspec " + std::string(cmd.name) + " --help lists them)");
      }
      if (o->type == value_type::none) {
        if (eq != std::string_view::npos) throw usage_error(std::string(name) + ": takes no value");
      } else if (eq == std::string_view::npos) {
        if (i + 1 >= a.size() || (a[i + 1].starts_with("--") && a[i + 1].size() > 2)) {
          throw usage_error(std::string(name) + ": missing value (" + std::string(o->metavar) + ")");
        }
        ++i;
      }
      if (!o->repeatable && o->type != value_type::none && !seen.insert(o->name).second) {
        throw usage_error(std::string(name) + ": given more than once (it takes one value)");
      }
      continue;
    }
    const bool looks_like_number =
        arg.size() > 1 && arg[0] == '-' && (arg[1] == '.' || (arg[1] >= '0' && arg[1] <= '9'));
    if (arg.starts_with("-") && arg.size() > 1 && !looks_like_number) {
      throw usage_error(shown(arg) + ": unknown option" + did_you_mean(arg, option_candidates(cmd)) + " (accelspec " +
                        std::string(cmd.name) + " --help lists them)");
    }
    if (!cmd.positional.empty() && !positional_seen) {
      positional_seen = true;
      continue;
    }
    // A stray word: a chip id meant for --chip, or an option typed without its dashes.
    std::string hint;
    if (cmd.find("--chip") != nullptr && catalog::find(arg) != nullptr) {
      hint = " (did you mean '--chip " + shown(arg) + "'?)";
    } else if (cmd.find("--" + std::string(arg)) != nullptr) {
      hint = " (did you mean '--" + shown(arg) + "'?)";
    }
    throw usage_error("unexpected argument " + quoted(arg) + hint);
  }
  return false;
}

// --- help, man page, completion ---------------------------------------------------------------

inline std::string option_label(const option_info& o) {
  std::string s(o.name);
  if (!o.metavar.empty()) s += " " + std::string(o.metavar);
  return s;
}

// An option's help, with a '\x1f' where wrapped() must not break the line: "(default: X)" stays on
// one line when it fits, so that a reader (and grep) finds it whole.
inline std::string option_text_unbroken(const option_info& o) {
  std::string s(o.help);
  if (o.repeatable) s += "; repeatable";
  if (!o.fallback.empty()) {
    std::string d = " (default: " + std::string(o.fallback) + ")";
    if (d.size() <= 30) {
      for (std::size_t i = 1; i < d.size(); ++i) d[i] = d[i] == ' ' ? '\x1f' : d[i];
    }
    s += d;
  }
  return s;
}
inline std::string option_text(const option_info& o) {
  std::string s = option_text_unbroken(o);
  for (char& c : s) c = c == '\x1f' ? ' ' : c;
  return s;
}

// Help text is wrapped to this many columns (a terminal's 80 would cut the option labels short).
inline constexpr std::size_t help_columns = 100;

// `text` in lines of at most `columns` characters (a longer word stands alone), each line after the
// first indented by `indent` spaces. Columns are counted in characters, not bytes (UTF-8).
inline std::string wrapped(std::string_view text, std::size_t indent, std::size_t first_column,
                           std::size_t columns = help_columns) {
  const auto width = [](std::string_view w) {
    std::size_t n = 0;
    for (const char c : w) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0;
    return n;
  };
  std::string out;
  std::size_t column = first_column;
  bool line_start = true;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (word.empty()) continue;
    if (!line_start && column + 1 + width(word) > columns) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      line_start = true;
    }
    if (!line_start) {
      out += ' ';
      ++column;
    }
    out += word;
    column += width(word);
    line_start = false;
  }
  return out;
}

inline void print_command_help(const command& cmd, std::ostream& out) {
  // Each line of the usage wrapped on its own, continued under the command's first argument.
  out << "usage: ";
  std::string_view usage = cmd.usage;
  for (bool first = true; !usage.empty(); first = false) {
    const std::size_t nl = usage.find('\n');
    std::string_view line = usage.substr(0, nl);
    usage = nl == std::string_view::npos ? std::string_view{} : usage.substr(nl + 1);
    const std::size_t lead = line.find_first_not_of(' ');
    line.remove_prefix(lead == std::string_view::npos ? line.size() : lead);
    if (!first) out << "\n       ";
    out << wrapped(line, 11, 7);
  }
  out << "\n\n" << wrapped(cmd.description, 0, 0) << "\n\noptions:\n";
  std::size_t width = 0;
  for (const option_info& o : cmd.options) width = std::max(width, option_label(o).size());
  width = std::max(width, std::string_view("-h, --help").size());
  for (const option_info& o : cmd.options) {
    std::string text = wrapped(option_text_unbroken(o), width + 4, width + 4);
    for (char& c : text) c = c == '\x1f' ? ' ' : c;
    out << "  " << io::pad_right(option_label(o), width) << "  " << text << "\n";
  }
  out << "  " << io::pad_right("-h, --help", width) << "  print this help and exit\n";
  out << "\nexamples:\n";
  for (const std::string_view e : cmd.examples) out << "  " << e << "\n";
  out << "\n"
      << wrapped(
             std::string("exit status: 0 success; 2 bad input (one line on stderr); 1 an output could not be "
                         "written, or an internal error (one line on stderr)") +
                 (cmd.find("--csv") != nullptr ? "; 3 some --csv rows could not be read (one stderr line each)" : "") +
                 ".",
             0, 0)
      << "\n";
}

inline void print_general_help(std::ostream& out) {
  out << "accelspec " << version_string << ": AI accelerators and the US export-control rules on them (ECCN 3A090)\n\n"
      << "usage: accelspec COMMAND [options]\n"
      << "       accelspec help COMMAND | accelspec COMMAND --help\n\ncommands:\n";
  for (const auto& [name, cmd] : registry())
    out << "  " << io::pad_right(std::string(name), 10) << cmd.synopsis << "\n";
  out << "\ngeneral options:\n"
      << "  -h, --help          print this help and exit\n"
      << "  --version           print the version and exit\n"
      << "  --man               print the manual page accelspec(1) in roff and exit\n"
      << "  --bash-completion   print the bash completion script and exit\n"
      << "\nexamples:\n"
      << "  accelspec classify --chip nvidia-h20\n"
      << "  accelspec assess --chip nvidia-h200-sxm --destination CN --date 2026-02-01\n"
      << "\n'accelspec help COMMAND' lists a command's options with their defaults and examples; 'man accelspec'\n"
      << "has them all. The JSON Schemas of --json are installed in share/doc/accelspec/schemas/.\n"
      << "Exit status: 0 success; 2 bad input (one line on stderr); 1 an output could not be written, or an\n"
      << "internal error (one line on stderr); 3 classify --csv or assess --csv read rows that failed (the others\n"
      << "printed, one stderr line per failed row).\n";
}

// roff text: a backslash is written \e, a leading dot or quote is protected, '-' is \-.
inline std::string roff(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

inline void print_man_page(std::ostream& out) {
  out << ".TH ACCELSPEC 1 \"\" \"accelspec " << version_string << "\" \"User Commands\"\n"
      << ".SH NAME\naccelspec \\- AI accelerators and the US export\\-control rules on them (ECCN 3A090)\n"
      << ".SH SYNOPSIS\n.B accelspec\n.I COMMAND\n[\\fIoptions\\fR]\n.br\n.B accelspec help\n.I COMMAND\n"
      << ".SH DESCRIPTION\n"
      << "accelspec classifies AI accelerators under ECCN 3A090 (TPP, performance density, the rule in force on a "
         "date) and assesses what that means for shipping them to a country. Every value is exact: decimal input "
         "is read without floating point, and thresholds are compared exactly.\n"
      << ".SH GENERAL OPTIONS\n"
      << ".TP\n.B \\-h, \\-\\-help\nprint the general help, or with a command that command's help\n"
      << ".TP\n.B \\-\\-version\nprint the version\n"
      << ".TP\n.B \\-\\-man\nprint this manual page in roff\n"
      << ".TP\n.B \\-\\-bash\\-completion\nprint the bash completion script\n"
      << ".SH COMMANDS\n";
  for (const auto& [name, cmd] : registry()) {
    out << ".SS " << roff(name) << "\n" << roff(cmd.usage) << "\n.PP\n" << roff(cmd.description) << "\n";
    for (const option_info& o : cmd.options) {
      out << ".TP\n\\fB" << roff(o.name) << "\\fR";
      if (!o.metavar.empty()) out << " \\fI" << roff(o.metavar) << "\\fR";
      out << "\n" << roff(option_text(o)) << "\n";
    }
    out << ".PP\nExamples:\n";
    for (const std::string_view e : cmd.examples) out << ".IP\n" << roff(e) << "\n";
  }
  out << ".SH EXIT STATUS\n0 on success; 2 on bad input, with exactly one line on standard error of the form "
         "\"accelspec COMMAND: \\-\\-option: message\"; 1 when an output could not be written in full (a full "
         "disk, an I/O error) or on an internal failure, with one line on standard error; 3 when \\-\\-csv read rows "
         "that "
         "failed (the others printed, one line on standard error per failed row).\n"
      << ".SH FILES\nFor map and report, FILE \\- means standard output; for \\-\\-csv, standard input. Status "
         "lines go to standard error.\n.PP\nThe JSON Schema of each command's \\-\\-json output (classify.json, "
         "assess.json, ...) is installed in share/doc/accelspec/schemas/ (docs/schemas/ in the source).\n"
      << ".SH SEE ALSO\nThe project's docs/cli.md: every command, its JSON contract and the CSV input formats.\n";
}

inline void print_bash_completion(std::ostream& out) {
  std::string chips, formats, countries, commands;
  for (const catalog::entry* e : catalog::all) chips += (chips.empty() ? "" : " ") + std::string(e->id);
  for (const format_info& f : format_table) formats += (formats.empty() ? "" : " ") + std::string(f.key);
  for (const std::string_view c : country_codes()) countries += (countries.empty() ? "" : " ") + std::string(c);
  for (const auto& [name, cmd] : registry()) commands += std::string(name) + " ";
  std::string rules_list;
  for (const rule* r : rules::all) rules_list += (rules_list.empty() ? "" : " ") + std::string(r->key);
  out << "# bash completion for accelspec " << version_string << " (generated by 'accelspec --bash-completion')\n"
      << "_accelspec() {\n"
      << "  local cur prev cmd\n"
      << "  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
      << "  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      << "  cmd=\"${COMP_WORDS[1]}\"\n"
      << "  local chips=\"" << chips << "\"\n"
      << "  local formats=\"" << formats << "\"\n"
      << "  local countries=\"" << countries << "\"\n"
      << "  local rules=\"" << rules_list << "\"\n"
      << "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
      << "    COMPREPLY=($(compgen -W \"" << commands << "help --help --version\" -- \"$cur\")); return\n"
      << "  fi\n"
      << "  if [[ $cmd == help ]]; then COMPREPLY=($(compgen -W \"" << commands << "\" -- \"$cur\")); return; fi\n"
      << "  case \"$cmd:$prev\" in\n";
  for (const auto& [name, cmd] : registry()) {
    for (const option_info& o : cmd.options) {
      std::string words;
      switch (o.type) {
        case value_type::chip:
          words = "$chips";
          break;
        case value_type::rate:
          words = "$(for f in $formats; do printf '%s= ' \"$f\"; done)";
          break;
        case value_type::rule:
          words = "$rules";
          break;
        case value_type::country:
          words = "$countries";
          break;
        case value_type::market:
          words = "datacenter other";
          break;
        case value_type::choice:
          words = std::string(o.choices);
          break;
        case value_type::file:
          out << "    " << name << ":" << o.name << ") COMPREPLY=($(compgen -f -- \"$cur\")); return;;\n";
          continue;
        default:
          continue;
      }
      out << "    " << name << ":" << o.name << ") COMPREPLY=($(compgen -W \"" << words
          << "\" -- \"$cur\")); compopt -o nospace 2>/dev/null; [[ ${COMPREPLY[0]} == *= ]] || compopt +o nospace "
             "2>/dev/null; return;;\n";
    }
  }
  out << "  esac\n  case \"$cmd\" in\n";
  for (const auto& [name, cmd] : registry()) {
    out << "    " << name << ") COMPREPLY=($(compgen -W \"";
    for (const option_info& o : cmd.options) out << o.name << " ";
    out << "--help" << (cmd.positional.empty() ? "" : " $chips") << "\" -- \"$cur\"));;\n";
  }
  out << "  esac\n}\ncomplete -F _accelspec accelspec\n";
}

// --- the whole command line -------------------------------------------------------------------

// One line, whatever the message holds.
inline std::string one_line(std::string_view message) {
  std::string s = escape_controls(message);
  if (s.size() > 400) s = s.substr(0, 397) + "...";
  return s;
}

// main() in a function, so that tests and the fuzzer run exactly what the binary runs.
inline int run_command_line_unchecked(args all, std::istream& in, std::ostream& out, std::ostream& err) {
  // The commands reach stdin and stderr through streams() for this call only.
  struct restore {
    io_context saved = streams();
    restore(const restore&) = delete;
    restore& operator=(const restore&) = delete;
    restore(restore&&) = delete;
    restore& operator=(restore&&) = delete;
    restore() = default;
    ~restore() { streams() = saved; }
  } const guard;
  streams() = io_context{&in, &err};
  if (all.empty()) {
    err << "accelspec: missing command (try 'accelspec --help')\n";
    return 2;
  }
  const std::string_view first = all[0];
  // A general option takes no argument: `--version extra` is a mistake, not a version.
  if ((first == "--help" || first == "-h" || first == "--version" || first == "--man" ||
       first == "--bash-completion") &&
      all.size() > 1) {
    err << "accelspec: " << first << ": unexpected argument " << one_line(quoted(all[1]))
        << " (it takes none; try 'accelspec --help')\n";
    return 2;
  }
  if (first == "--help" || first == "-h") {
    print_general_help(out);
    return 0;
  }
  if (first == "--version") {
    out << "accelspec " << version_string << "\n";
    return 0;
  }
  if (first == "--man") {
    print_man_page(out);
    return 0;
  }
  if (first == "--bash-completion") {
    print_bash_completion(out);
    return 0;
  }
  const auto& commands = registry();
  if (first == "help") {
    // `help` alone and `help help` are the general help.
    if (all.size() == 1 || (all.size() == 2 && all[1] == "help")) {
      print_general_help(out);
      return 0;
    }
    const auto it = commands.find(all[1]);
    if (it == commands.end() || all.size() > 2) {
      const std::string_view bad = it == commands.end() ? all[1] : all[2];
      err << "accelspec help: " << (it == commands.end() ? "unknown command " : "unexpected argument ")
          << one_line(quoted(bad)) << (it == commands.end() ? did_you_mean(bad, command_candidates()) : "")
          << " (try 'accelspec --help')\n";
      return 2;
    }
    print_command_help(it->second, out);
    return 0;
  }
  const auto it = commands.find(first);
  if (it == commands.end()) {
    err << "accelspec: unknown command " << one_line(quoted(first)) << did_you_mean(first, command_candidates())
        << " (try 'accelspec --help')\n";
    return 2;
  }
  const command& cmd = it->second;
  const std::string prefix = "accelspec " + std::string(cmd.name) + ": ";
  try {
    if (check_arguments(cmd, all.subspan(1))) {
      print_command_help(cmd, out);
      return 0;
    }
    // An answer that did not reach its reader (a full disk, a closed pipe) is not a success:
    // run_command_line() checks standard output after every command.
    return cmd.run(all.subspan(1), out);
  } catch (const usage_error& e) {
    err << prefix << one_line(e.what()) << "\n";
    return 2;
  } catch (const output_error& e) {
    err << prefix << one_line(e.what()) << "\n";
    return 1;
  } catch (const error& e) {
    err << prefix << one_line(library_message(e)) << "\n";
    return 2;
  } catch (const std::exception& e) {
    err << prefix << "internal error: " << one_line(e.what()) << "\n";
    return 1;
  }
}

// The command line, and then the check that standard output took everything: output that was
// never written is an error (exit 1, one line on stderr), not success.
inline int run_command_line(args all, std::istream& in, std::ostream& out, std::ostream& err) {
  errno = 0;
  const int status = run_command_line_unchecked(all, in, out, err);
  if (status == 1 || status == 2) return status;  // already reported on stderr
  out.flush();
  if (out) return status;
  const int e = errno;
  std::string prefix = "accelspec: ";
  if (!all.empty() && registry().contains(all[0])) prefix = "accelspec " + std::string(all[0]) + ": ";
  err << prefix << "cannot write standard output"
      << (e != 0 ? std::string(": ") + std::generic_category().message(e) : "") << "\n";
  return 1;
}

}  // namespace accelspec::cli
