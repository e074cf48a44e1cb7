// CSV read one record at a time (RFC 4180): the one CSV reader of the library and the command (the
// screening-list file, the CLI's batch input).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <array>
#include <cstddef>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace accelspec::io {

// Malformed CSV: what() is "line N: what is wrong" (N counts from 1, the line the record starts on
// or the line of the bad byte); the caller puts the file or option in front.
struct csv_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One record and the line it starts on (a quoted field may span lines). `fields` is reused from
// record to record, so that reading a long file allocates only for its longest record.
struct csv_record {
  std::vector<std::string> fields;
  std::size_t count = 0;  // fields[0, count) are this record's; the rest is reused storage
  std::size_t line = 0;
};

// RFC 4180, read from a stream one record at a time: fields separated by commas, records by CRLF,
// LF or a lone CR; a field in double quotes may hold commas, line breaks and "" for a quote. A UTF-8
// byte-order mark at the start of the input (spreadsheets write one with "CSV UTF-8") is skipped.
// Blank lines are no records. Throws csv_error on a quote left open or text after a closing quote.
class csv_reader {
 public:
  explicit csv_reader(std::istream& in) : in_(in) {}

  // The next record that is not a blank line; false at the end of the input.
  bool next(csv_record& r) {
    while (true) {
      r.count = 0;
      r.line = line_;
      bool quoted_field = false, after_quote = false, any = false;
      std::string* field = start_field(r);
      while (true) {
        if (pos_ == end_ && !fill()) {
          if (quoted_field) {
            throw csv_error("line " + std::to_string(r.line) +
                            ": a quoted field is not closed before the end of the file");
          }
          if (!any && field->empty()) return false;
          break;
        }
        const char c = buffer_[pos_++];
        if (quoted_field) {
          if (c == '"') {
            if (pos_ == end_) fill();
            if (pos_ < end_ && buffer_[pos_] == '"') {
              *field += '"';
              ++pos_;
            } else {
              quoted_field = false;
              after_quote = true;
            }
          } else {
            if (c == '\n') ++line_;
            *field += c;
          }
          continue;
        }
        if (c == ',') {
          field = start_field(r);
          after_quote = false;
          any = true;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            if (pos_ == end_) fill();
            if (pos_ < end_ && buffer_[pos_] == '\n') ++pos_;
          }
          ++line_;
          break;
        } else if (c == '"' && field->empty() && !after_quote) {
          quoted_field = true;
          any = true;
        } else if (after_quote) {
          throw csv_error("line " + std::to_string(line_) + ": text after a closing quote");
        } else {
          *field += c;
          any = true;
        }
      }
      // A blank line is no record.
      if (r.count == 1 && r.fields[0].empty() && !any) continue;
      return true;
    }
  }

  // Whether the stream failed other than by reaching its end (a read error, not malformed CSV).
  [[nodiscard]] bool read_failed() const { return in_.bad(); }

 private:
  static std::string* start_field(csv_record& r) {
    if (r.count == r.fields.size()) r.fields.emplace_back();
    std::string* f = &r.fields[r.count++];
    f->clear();
    return f;
  }

  bool fill() {
    if (!in_) return false;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    end_ = static_cast<std::size_t>(in_.gcount());
    pos_ = 0;
    if (first_ && end_ >= 3 && buffer_[0] == '\xEF' && buffer_[1] == '\xBB' && buffer_[2] == '\xBF') pos_ = 3;
    first_ = false;
    return pos_ < end_;
  }

  std::istream& in_;
  std::array<char, 1 << 16> buffer_{};
  std::size_t pos_ = 0, end_ = 0, line_ = 1;
  bool first_ = true;
};

}  // namespace accelspec::io
