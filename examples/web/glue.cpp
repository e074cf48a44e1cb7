// The WebAssembly side of the interactive page (accelspec.html). It exports one C function,
// accelspec_web_run(), that runs an accelspec command on an argument vector and returns its
// exit status, standard output and standard error as one JSON object. The page builds the
// arguments from its URL, so every answer it shows is what the `accelspec` command prints for the
// same arguments: the same option tables, the same parsing and error messages, the same JSON
// writers (io/policy.hpp, io/json.hpp) and nothing computed again in JavaScript.
//
// Two commands exist only here, for what the page needs and the CLI has no command for:
//   web-info   the catalog (id, name, aliases) for the chip search, the catalog's as-of date and
//              the library version, as JSON;
//   web-map    the threshold map (io/map_svg.hpp) of the text in force on a date, with a raw spec
//              drawn as one more point (data-id "spec") when no catalog chip is given.
#include <cstddef>
#include <exception>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <accelspec/io/map_svg.hpp>
#include <accelspec/version.hpp>

#include "../cli/dispatch.hpp"

namespace accelspec::web {
namespace {

using cli::arg_reader;
using cli::usage_error;

int run_info(cli::args a, std::ostream& out) {
  arg_reader in(a);
  while (const auto flag = in.next()) cli::unknown_option(*flag);
  std::vector<std::string> chips;
  for (const catalog::entry* e : catalog::all) {
    io::json_object o;
    std::vector<std::string> aliases;
    for (const std::string_view x : e->aliases) aliases.emplace_back(x);
    o.string("id", e->id).string("name", e->name).string("vendor", e->chip().vendor).strings("aliases", aliases);
    chips.push_back(o.str());
  }
  io::json_object o;
  o.string("version", version_string).string("catalog_as_of", catalog::as_of).raw("chips", io::json_array(chips));
  out << o.str() << "\n";
  return 0;
}

ACCELSPEC_CLI_COMMAND(cli::command{
    .name = "web-info",
    .synopsis = "the catalog's ids, names and aliases, its as-of date and the version, as JSON (the page only)",
    .usage = "web-info",
    .description = "What the page's chip search and footer show.",
    .options = {},
    .examples = {"web-info"},
    .run = run_info,
});

int run_map(cli::args a, std::ostream& out) {
  arg_reader in(a);
  cli::spec_builder spec;
  const catalog::entry* entry = nullptr;
  std::optional<std::chrono::year_month_day> date;
  while (const auto flag = in.next()) {
    if (spec.consume(*flag, in)) continue;
    if (*flag == "--chip") {
      entry = &cli::chip_entry_option(*flag, in.value());
    } else if (*flag == "--date") {
      date = cli::parse_date_option(*flag, in.value());
    } else {
      cli::unknown_option(*flag);
    }
  }
  if (entry != nullptr && spec.any()) throw usage_error("--chip: give either --chip or the raw spec flags, not both");
  const rule* r = date ? rules::in_force(*date) : &rules::latest;
  // Before the first text there is no region to draw: the newest text, as `map` without --date.
  if (r == nullptr) r = &rules::latest;
  io::map_input input = io::catalog_map_input(*r);
  if (entry == nullptr && spec.has_compute()) {
    if (auto p = io::map_point_for(spec.chip(), "spec", "your spec", *r)) input.points.push_back(std::move(*p));
  }
  out << io::threshold_map_svg(input);
  return 0;
}

ACCELSPEC_CLI_COMMAND(cli::command{
    .name = "web-map",
    .synopsis = "the threshold map with a raw spec as one more point (the page only)",
    .usage = "web-map [--chip ID | --dense FORMAT=TERAOPS... [--die MM2]...] [--date YYYY-MM-DD]",
    .description = "The map of `accelspec map` for the text in force on the date; a raw spec is drawn as 'your spec'.",
    .options = cli::options_with_spec({cli::chip_option_info},
                                      {{"--date", "YYYY-MM-DD", "the text in force on that date", "the newest text",
                                        cli::value_type::date}}),
    .examples = {"web-map --chip nvidia-h20", "web-map --dense fp8=296 --die 814 --date 2026-02-01"},
    .run = run_map,
});

}  // namespace
}  // namespace accelspec::web

// accelspec_web_run(args, size): `args` holds `size` bytes, the command and its arguments each
// ended by a NUL byte (so a value may hold any other character). Returns a JSON object
// {"status": N, "out": "...", "err": "..."}, valid until the next call.
extern "C" const char* accelspec_web_run(const char* args, std::size_t size) {
  static std::string result;
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < size; ++i) {
    if (args[i] == '\0') {
      words.push_back(word);
      word.clear();
    } else {
      word += args[i];
    }
  }
  const std::vector<std::string_view> views(words.begin(), words.end());
  std::istringstream in;
  std::ostringstream out, err;
  int status = 1;
  try {
    status = accelspec::cli::run_command_line(views, in, out, err);
  } catch (const std::exception& e) {
    // run_command_line reports every failure itself; this is a last guard so that the page never
    // sees a trap.
    err << "accelspec: internal error: " << e.what() << "\n";
  }
  accelspec::io::json_object o;
  o.raw("status", std::to_string(status)).string("out", out.str()).string("err", err.str());
  result = o.str();
  return result.c_str();
}
