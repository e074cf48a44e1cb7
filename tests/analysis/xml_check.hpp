// A small well-formedness checker for the SVG and (XHTML-style) HTML the io layer writes: tags
// nest and close, attribute values are quoted, '&' starts an entity, '<' never appears in text.
// Returns an empty string when well-formed, else what is wrong and where.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace accelspec::test {

inline bool valid_entity(std::string_view s, std::size_t amp, std::size_t& end) {
  end = s.find(';', amp);
  if (end == std::string_view::npos || end - amp > 10) return false;
  const std::string_view name = s.substr(amp + 1, end - amp - 1);
  if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") return true;
  if (name.size() >= 2 && name[0] == '#') {
    for (std::size_t i = 1; i < name.size(); ++i)
      if (!std::isdigit(static_cast<unsigned char>(name[i]))) return false;
    return true;
  }
  return false;
}

inline std::string check_text(std::string_view text, std::size_t offset) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '>') return "raw '>' in text at " + std::to_string(offset + i);
    if (text[i] != '&') continue;
    std::size_t end = 0;
    if (!valid_entity(text, i, end)) return "bad entity at " + std::to_string(offset + i);
    i = end;
  }
  return {};
}

inline std::string xml_problem(std::string_view doc) {
  std::vector<std::string> open;
  std::size_t i = 0;
  bool root_seen = false;
  while (i < doc.size()) {
    const std::size_t lt = doc.find('<', i);
    const std::string_view text = doc.substr(i, lt == std::string_view::npos ? doc.size() - i : lt - i);
    if (std::string p = check_text(text, i); !p.empty()) return p;
    if (lt == std::string_view::npos) break;
    if (doc.substr(lt, 4) == "<!--") {
      const std::size_t e = doc.find("-->", lt);
      if (e == std::string_view::npos) return "unterminated comment";
      i = e + 3;
      continue;
    }
    if (doc.substr(lt, 2) == "<?" || doc.substr(lt, 2) == "<!") {
      if (root_seen) return "declaration inside the document at " + std::to_string(lt);
      const std::size_t e = doc.find('>', lt);
      if (e == std::string_view::npos) return "unterminated declaration";
      i = e + 1;
      continue;
    }
    const std::size_t gt = doc.find('>', lt);
    if (gt == std::string_view::npos) return "unterminated tag at " + std::to_string(lt);
    std::string_view tag = doc.substr(lt + 1, gt - lt - 1);
    if (tag.find('<') != std::string_view::npos) return "'<' inside a tag at " + std::to_string(lt);
    if (!tag.empty() && tag[0] == '/') {
      const std::string name(tag.substr(1));
      if (open.empty() || open.back() != name) {
        return "closing </" + name + "> does not match <" + (open.empty() ? "" : open.back()) + "> at " +
               std::to_string(lt);
      }
      open.pop_back();
      i = gt + 1;
      continue;
    }
    const bool self_closing = !tag.empty() && tag.back() == '/';
    if (self_closing) tag.remove_suffix(1);
    std::size_t n = 0;
    while (n < tag.size() && !std::isspace(static_cast<unsigned char>(tag[n]))) ++n;
    const std::string name(tag.substr(0, n));
    if (name.empty()) return "empty tag name at " + std::to_string(lt);
    if (open.empty() && root_seen) return "second root element <" + name + ">";
    root_seen = true;
    // Attributes: name="value" pairs.
    std::size_t k = n;
    while (k < tag.size()) {
      while (k < tag.size() && std::isspace(static_cast<unsigned char>(tag[k]))) ++k;
      if (k >= tag.size()) break;
      const std::size_t eq = tag.find('=', k);
      if (eq == std::string_view::npos || eq + 1 >= tag.size() || (tag[eq + 1] != '"' && tag[eq + 1] != '\'')) {
        return "unquoted attribute in <" + name + "> at " + std::to_string(lt);
      }
      const char q = tag[eq + 1];
      const std::size_t close = tag.find(q, eq + 2);
      if (close == std::string_view::npos) return "unterminated attribute in <" + name + ">";
      const std::string_view value = tag.substr(eq + 2, close - eq - 2);
      for (std::size_t v = 0; v < value.size(); ++v) {
        if (value[v] != '&') continue;
        std::size_t end = 0;
        if (!valid_entity(value, v, end)) return "bad entity in an attribute of <" + name + ">";
        v = end;
      }
      k = close + 1;
    }
    if (!self_closing) open.push_back(name);
    i = gt + 1;
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (!root_seen) return "no root element";
  return {};
}

}  // namespace accelspec::test
