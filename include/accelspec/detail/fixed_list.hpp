// A fixed-capacity list usable in constant expressions: the storage behind the spec's lists of
// compute rates and dies, so that a whole accelerator is one literal-type aggregate.
#pragma once

#include "../detail/cxx20.hpp"  // first: an older standard gets one message, first

#include <cstddef>
#include <initializer_list>
#include <utility>

#include "error.hpp"

namespace accelspec::detail {

// A list's storage, and one empty storage per element type and capacity, value-initialised once
// per program: an empty list is a copy of it. In a constant evaluation, value-initialising the
// elements in place runs the constructor of every element of every list built (a rational, a
// string_view: a step each against the compiler's limit; a determination holds twenty comparisons,
// a spec two dozen rates), where copying a constant runs none.
template <class T, std::size_t Capacity>
struct fixed_storage {
  T of[Capacity];
};
template <class T, std::size_t Capacity>
inline constexpr fixed_storage<T, Capacity> empty_storage{};

template <class T, std::size_t Capacity>
class fixed_list {
 public:
  constexpr fixed_list() = default;
  constexpr fixed_list(std::initializer_list<T> items) {  // NOLINT: braced lists are the intended spelling
    if (items.size() > Capacity)
      ACCELSPEC_FAIL(invalid_spec, "accelspec: too many entries in a list (capacity exceeded)");
    for (const T *p = items.begin(), *e = items.end(); p != e; ++p) items_.of[size_++] = *p;
  }

  // A list of exactly these items, built by member initialisation alone (no loop): the cheap way
  // to fill a short list in a constant evaluation.
  template <class... Items>
    requires(sizeof...(Items) <= Capacity)
  constexpr explicit fixed_list(std::in_place_t, const Items&... items) : items_{{items...}}, size_(sizeof...(Items)) {}

  constexpr void push_back(const T& item) {
    if (size_ == Capacity) ACCELSPEC_FAIL(invalid_spec, "accelspec: too many entries in a list (capacity exceeded)");
    items_.of[size_++] = item;
  }

  // Appends an element and returns it, to be filled in place: for a large T whose caller sets
  // every member, this writes those members only, where push_back would copy a whole T. The
  // element holds a valid T until then (what the slot last held).
  constexpr T& append() {
    if (size_ == Capacity) ACCELSPEC_FAIL(invalid_spec, "accelspec: too many entries in a list (capacity exceeded)");
    return items_.of[size_++];
  }

  // Makes the list exactly these items, writing their elements only (the unused capacity is not
  // touched, which assigning a whole list would copy).
  template <class... Items>
    requires(sizeof...(Items) <= Capacity)
  constexpr void assign(const Items&... items) {
    std::size_t i = 0;
    ((items_.of[i++] = items), ...);
    size_ = sizeof...(Items);
  }

  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }
  [[nodiscard]] constexpr const T& operator[](std::size_t i) const {
    if (i >= size_) ACCELSPEC_FAIL(invalid_argument, "accelspec: list index out of range");
    return items_.of[i];
  }
  [[nodiscard]] constexpr const T* begin() const noexcept { return items_.of; }
  [[nodiscard]] constexpr const T* end() const noexcept { return items_.of + size_; }

 private:
  // A built-in array, not std::array: indexing it is no function call, and every call is steps
  // against the compiler's constexpr limit when a spec is built or read in a constant expression.
  fixed_storage<T, Capacity> items_ = empty_storage<T, Capacity>;
  std::size_t size_ = 0;
};

}  // namespace accelspec::detail
