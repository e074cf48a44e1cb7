// Errors raised by the library.
//
// Every failure names what is wrong in a fixed message. The same check serves both worlds:
// evaluated at compile time, the failing `ACCELSPEC_FAIL` is not a constant expression, so the
// compiler stops and prints the source line, which carries the message; evaluated at run time it
// throws `accelspec::error` (or aborts with the message when exceptions are disabled).
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <exception>

namespace accelspec {

// What kind of input was wrong.
enum class error_kind {
  invalid_spec,      // an accelerator, die or memory description that breaks a rule of the model
  invalid_quantity,  // a quantity that cannot be represented exactly (overflow, excess precision)
  invalid_argument,  // any other argument: a date, a format, a rule key
};

// The one exception type of the core layers. The message is a string literal with static
// storage, so throwing never allocates and the core headers need no <string>.
class error : public std::exception {
 public:
  error(error_kind kind, const char* message) noexcept : kind_(kind), message_(message) {}
  [[nodiscard]] const char* what() const noexcept override { return message_; }
  [[nodiscard]] error_kind kind() const noexcept { return kind_; }

 private:
  error_kind kind_;
  const char* message_;
};

}  // namespace accelspec

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
// Keep the message on the same line as the macro use: a compile-time failure prints that line.
#define ACCELSPEC_FAIL(kind, message) throw ::accelspec::error(::accelspec::error_kind::kind, message)
#else
#include <cstdio>
#include <cstdlib>
namespace accelspec::detail {
[[noreturn]] inline void fail_without_exceptions(const char* message) noexcept {
  std::fputs(message, stderr);  // every message already starts with "accelspec: "
  std::fputc('\n', stderr);
  std::abort();
}
}  // namespace accelspec::detail
#define ACCELSPEC_FAIL(kind, message) ::accelspec::detail::fail_without_exceptions(message)
#endif
