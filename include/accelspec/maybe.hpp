// A value that may be unknown: the core's optional.
//
//   accelspec::maybe<accelspec::power> tdp;   // unknown
//   tdp = 700_W;                                // known
//   if (tdp) use(*tdp);
//   std::optional<accelspec::power> o = tdp;    // converts both ways
//
// Every "unknown" of the spec, metrics and rules layers (and of the catalog) is a `maybe<T>`. It
// has std::optional's interface for what the library's values need (has_value, operator bool, *,
// ->, value, value_or, reset, emplace, comparison with a value, with std::nullopt and with another
// maybe) and converts to and from std::optional<T>, so code written against std::optional keeps
// working. Why not std::optional itself: every std::optional<T> instantiates a tower of base
// classes, and every access in a constant expression walks through three or four functions of it.
// The core holds eleven such types; they cost about a third of the compile time the core adds to
// its standard headers, and a large part of the constant-evaluation steps of a classification
// (see docs/performance.md). A maybe<T> is one union and one flag, and each access one step.
//
// T must be trivially copyable and trivially destructible (every value type of the core is): the
// copy of a maybe is then the copy of its bytes, and nothing needs destroying.
#pragma once

#include "detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <compare>
#include <cstdlib>
#include <optional>
#include <type_traits>
#include <utility>

namespace accelspec {

template <class T>
class maybe;

namespace detail {
template <class U>
struct is_optional_like : std::is_same<U, std::nullopt_t> {};
template <class T>
struct is_optional_like<maybe<T>> : std::true_type {};
template <class T>
struct is_optional_like<std::optional<T>> : std::true_type {};
}  // namespace detail

template <class T>
class maybe {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "accelspec::maybe<T> holds trivially copyable, trivially destructible values only");
  static_assert(!std::is_reference_v<T> && !std::is_const_v<T>, "accelspec::maybe<T> holds a plain value type");

 public:
  using value_type = T;

  constexpr maybe() noexcept : none_{} {}
  constexpr maybe(std::nullopt_t) noexcept : none_{} {}  // NOLINT(google-explicit-constructor): as std::optional
  constexpr maybe(const T& v) noexcept : value_(v), known_(true) {}  // NOLINT(google-explicit-constructor)
  // The conversions from and to std::optional<T> are templates that accept exactly that type: as
  // plain members, every conversion of a value to a maybe would look at std::optional<T>'s
  // constructors, which instantiates it, and the point of maybe is not to.
  template <class Optional>
    requires std::is_same_v<Optional, std::optional<T>>
  constexpr maybe(const Optional& o) noexcept  // NOLINT(google-explicit-constructor)
      : maybe(o ? maybe(*o) : maybe()) {}

  // NOLINTNEXTLINE(google-explicit-constructor): a maybe is usable wherever std::optional is asked for
  template <class Optional>
    requires std::is_same_v<Optional, std::optional<T>>
  constexpr operator Optional() const noexcept {
    return known_ ? Optional(value_) : Optional();
  }

  [[nodiscard]] constexpr bool has_value() const noexcept { return known_; }
  constexpr explicit operator bool() const noexcept { return known_; }

  // Unchecked, as std::optional's: reading an unknown value is the caller's error.
  [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
  [[nodiscard]] constexpr T& operator*() noexcept { return value_; }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
  [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }

  // Checked: an unknown value throws std::bad_optional_access, as std::optional's value() does.
  [[nodiscard]] constexpr const T& value() const {
    if (!known_) throw_unknown();
    return value_;
  }
  [[nodiscard]] constexpr T& value() {
    if (!known_) throw_unknown();
    return value_;
  }
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const {
    return known_ ? value_ : static_cast<T>(static_cast<U&&>(fallback));
  }

  constexpr void reset() noexcept { *this = maybe(); }
  template <class... Args>
  constexpr T& emplace(Args&&... args) {
    *this = maybe(T(static_cast<Args&&>(args)...));
    return value_;
  }

  friend constexpr bool operator==(const maybe& a, const maybe& b) noexcept {
    return a.known_ == b.known_ && (!a.known_ || a.value_ == b.value_);
  }
  friend constexpr bool operator==(const maybe& a, std::nullopt_t) noexcept { return !a.known_; }
  friend constexpr bool operator==(const maybe& a, const T& b) noexcept { return a.known_ && a.value_ == b; }
  // Against a std::optional: both unknown, or both known and equal (without this, std::optional's
  // own `optional<T> == U` would compare the maybe with the optional's value, known or not).
  friend constexpr bool operator==(const maybe& a, const std::optional<T>& b) noexcept { return a == maybe(b); }
  // Against any other value the held value compares with, as std::optional's `== U` does
  // (`tpp(chip) == 4800`, `tpp(chip) == rational{...}`). Both sides are deduced, so that a value
  // is never converted to a maybe to reach this operator (a test framework's wrapper of a maybe
  // would otherwise bring it back into its own check, without end), and the return type does the
  // checking, which stops at the first test that fails.
  // NOLINTNEXTLINE(modernize-use-constraints): see above; a constraint would not stop early enough
  template <class M, class U, class = std::enable_if_t<std::is_same_v<M, maybe> && !detail::is_optional_like<U>::value>>
  friend constexpr auto operator==(const M& a, const U& b)
      -> decltype(static_cast<bool>(std::declval<const T&>() == b)) {
    return a.known_ && static_cast<bool>(a.value_ == b);
  }

  // Ordering as std::optional's: an unknown value before every known one, two known ones by
  // their values (sorting chips by a maybe<power> works as it did with std::optional).
  // (The return types deduced, so that nothing is instantiated for a maybe whose values are never
  // ordered; the constraint spelled out, as the libc++ of Emscripten 3.1 has no
  // std::three_way_comparable.)
  friend constexpr auto operator<=>(const maybe& a, const maybe& b)
    requires requires(const T& x) { x <=> x; }
  {
    using order = decltype(a.value_ <=> b.value_);
    return a.known_ && b.known_ ? order(a.value_ <=> b.value_) : order(a.known_ <=> b.known_);
  }
  friend constexpr auto operator<=>(const maybe& a, const T& b)
    requires requires(const T& x) { x <=> x; }
  {
    using order = decltype(a.value_ <=> b);
    return a.known_ ? order(a.value_ <=> b) : order(std::strong_ordering::less);
  }

 private:
  struct nothing {};

  [[noreturn]] static void throw_unknown() {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
    throw std::bad_optional_access();
#else
    std::abort();
#endif
  }

  union {
    // The active member while unknown: an empty type, so that making an unknown value writes its
    // flag only (a char here was a store per unknown value: a determination holds dozens).
    nothing none_;
    T value_;
  };
  bool known_ = false;
};

}  // namespace accelspec
