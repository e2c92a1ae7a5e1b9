"""Units of measure: what a number counts when it is a measurement ("50 km", "30 ft", "$5bn").

A number's unit is the word written after it (or glued to it, or the currency sign before it).
Known units are brought to one name ("kilometres", "kms", "km" are ``km``). Two measurements in
different known units are different facts: "50 miles" is not "50 kilometres". A number followed
by any other word ("six passengers") has no unit of measure; what it counts is its role,
compared elsewhere.
"""

from __future__ import annotations

from fractions import Fraction

# Spellings of a unit -> its one name.
_ALIASES = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km",
    "mi": "mile", "mile": "mile", "miles": "mile",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm",
    "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm",
    "millimeters": "mm",
    "ft": "ft", "foot": "ft", "feet": "ft", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard",
    "mph": "mph", "kph": "km/h", "km/h": "km/h", "kmh": "km/h", "knot": "knot", "knots": "knot",
    "m/s": "m/s", "km/s": "km/s", "mile/h": "mph", "ft/s": "ft/s",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "kilogramme": "kg", "kilogrammes": "kg",
    "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "milligramme": "mg", "milligrammes": "mg",
    "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "gallon": "gallon", "gallons": "gallon",
    "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "square kilometre": "km²", "square kilometres": "km²", "square kilometer": "km²",
    "square kilometers": "km²", "sq km": "km²", "km2": "km²", "km²": "km²",
    "square mile": "mi²", "square miles": "mi²", "sq mi": "mi²", "sq miles": "mi²", "mi2": "mi²",
    "mi²": "mi²",
    "square metre": "m²", "square metres": "m²", "square meter": "m²", "square meters": "m²",
    "sq m": "m²", "m2": "m²", "m²": "m²",
    "square foot": "ft²", "square feet": "ft²", "sq ft": "ft²", "ft2": "ft²", "ft²": "ft²",
    "cubic metre": "m³", "cubic metres": "m³", "cubic meter": "m³", "cubic meters": "m³",
    "cu m": "m³", "m3": "m³", "m³": "m³",
    "cubic kilometre": "km³", "cubic kilometres": "km³", "cubic kilometer": "km³",
    "cubic kilometers": "km³", "km3": "km³", "km³": "km³",
    "cubic foot": "ft³", "cubic feet": "ft³", "cu ft": "ft³", "ft3": "ft³", "ft³": "ft³",
    "cubic mile": "mi³", "cubic miles": "mi³", "mi³": "mi³",
    "second": "s", "seconds": "s", "sec": "s", "secs": "s",
    "minute": "min", "minutes": "min", "mins": "min", "min": "min",
    "hour": "h", "hours": "h", "hrs": "h",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "%": "%", "percent": "%", "per cent": "%",
    "point": "point", "points": "point",
    "percentage point": "point", "percentage points": "point", "pp": "point",
    # a hundredth of a percentage point: "25 basis points" are no 15 points
    "basis point": "bp", "basis points": "bp",
    "$": "$", "dollar": "$", "dollars": "$",
    # Each country's dollar is its own currency; a bare "$" may be any of them.
    "us$": "US$", "u.s.$": "US$", "usd": "US$",
    "c$": "C$", "can$": "C$", "ca$": "C$", "cad": "C$",
    "a$": "A$", "au$": "A$", "aud": "A$",
    "nz$": "NZ$", "nzd": "NZ$", "hk$": "HK$", "hkd": "HK$",
    "s$": "S$", "sg$": "S$", "sgd": "S$",
    "€": "€", "euro": "€", "euros": "€", "eur": "€",
    "£": "£", "gbp": "£", "sterling": "£",
    "¥": "¥", "yen": "¥", "jpy": "¥",
    "₹": "₹", "rs": "₹", "rs.": "₹", "inr": "₹", "rupee": "₹", "rupees": "₹",
    "sievert": "Sv", "sieverts": "Sv", "millisievert": "mSv", "millisieverts": "mSv",
    "msv": "mSv", "microsievert": "µSv", "microsieverts": "µSv", "µsv": "µSv",
    "becquerel": "Bq", "becquerels": "Bq", "bq": "Bq",
    "degree": "degree", "degrees": "degree",
    "light year": "ly", "light years": "ly", "light-year": "ly", "light-years": "ly",
    "astronomical unit": "au", "astronomical units": "au",
    "nautical mile": "nmi", "nautical miles": "nmi", "nmi": "nmi",
    "byte": "B", "bytes": "B", "kilobyte": "kB", "kilobytes": "kB", "kb": "kB",
    "megabyte": "MB", "megabytes": "MB", "mb": "MB", "gigabyte": "GB", "gigabytes": "GB",
    "gb": "GB", "terabyte": "TB", "terabytes": "TB", "tb": "TB", "petabyte": "PB",
    "petabytes": "PB", "pb": "PB",
    "joule": "J", "joules": "J", "kj": "kJ", "kilojoule": "kJ", "kilojoules": "kJ",
    "mj": "MJ", "megajoule": "MJ", "megajoules": "MJ", "gj": "GJ", "gigajoule": "GJ",
    "gigajoules": "GJ", "terajoule": "TJ", "terajoules": "TJ",
    "kwh": "kWh", "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "mwh": "MWh",
    "megawatt-hour": "MWh", "megawatt-hours": "MWh", "gwh": "GWh", "gigawatt-hour": "GWh",
    "gigawatt-hours": "GWh", "twh": "TWh", "terawatt-hour": "TWh", "terawatt-hours": "TWh",
    "watt": "W", "watts": "W", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW", "mw": "MW",
    "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW", "gigawatts": "GW",
    "terawatt": "TW", "terawatts": "TW",
    "ev": "eV", "electronvolt": "eV", "electronvolts": "eV", "kev": "keV", "mev": "MeV",
    "gev": "GeV", "tev": "TeV", "kiloelectronvolt": "keV", "kiloelectronvolts": "keV",
    "megaelectronvolt": "MeV", "megaelectronvolts": "MeV", "gigaelectronvolt": "GeV",
    "gigaelectronvolts": "GeV", "teraelectronvolt": "TeV", "teraelectronvolts": "TeV",
    "millisecond": "ms", "milliseconds": "ms", "ms": "ms", "msec": "ms",
    "microsecond": "µs", "microseconds": "µs", "µs": "µs", "μs": "µs",
    "nanosecond": "ns", "nanoseconds": "ns", "ns": "ns",
    "picosecond": "ps", "picoseconds": "ps",
    "microgram": "µg", "micrograms": "µg", "µg": "µg", "μg": "µg", "mcg": "µg",
    "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml", "ml": "ml",
    "decibel": "dB", "decibels": "dB", "db": "dB",
    "hertz": "Hz", "hz": "Hz", "kilohertz": "kHz", "khz": "kHz", "megahertz": "MHz",
    "mhz": "MHz", "gigahertz": "GHz", "ghz": "GHz",
    "celsius": "°C", "fahrenheit": "°F", "°c": "°C", "ºc": "°C", "° c": "°C", "c": "°C",
    "°f": "°F", "ºf": "°F", "° f": "°F", "f": "°F",
}

# Unit words glued to a number ("50km", "30ft", "125mph"): the alternatives of the pattern.
# "s" only after a decimal ("9.57s"): "the 1990s" and "in his 60s" are no seconds.
GLUED = (
    "km/h", "kph", "km", "mph", "kg", "ft", "cm", "mm", "mi", "lbs", "lb", "msv", "secs", "sec",
    "mins", "min", "hrs", "kwh", "mwh", "gwh", "twh", "mj", "kj", "gj", "mw", "gw", "kw", "mev",
    "gev", "tev", "pp", "ghz", "mhz", "khz", "hz", "db", "ml", "ms", "ns", "s",
)


# The one names of the known units.
_NAMES = frozenset(_ALIASES.values())


def unit_name(word: str | None) -> str | None:
    """The one name of a known unit, or None for any other word."""
    if not word:
        return None
    return _ALIASES.get(word.lower())


def units_clash(a: str | None, b: str | None) -> bool:
    """Are ``a`` and ``b`` two different known units ("miles" against "km", "%" against "$")?

    Both must be units of measure: "50 km" against "50 people" is a question of role, not of
    unit.
    """
    # a unit already named by its one name (a range's "g") is that unit
    na = unit_name(a) or (a if a in _NAMES else None)
    nb = unit_name(b) or (b if b in _NAMES else None)
    if "degree" in (na, nb) and {na, nb} <= _UNSAID_SCALE:
        return False  # "40 degrees" may be in either scale
    if "$" in (na, nb) and {na, nb} <= DOLLARS:
        return False  # "$282 million" in a Canadian page may be Canadian dollars
    return na is not None and nb is not None and na != nb


# Degrees with no scale said: Celsius or Fahrenheit, whichever the other side gives.
_UNSAID_SCALE = frozenset({"degree", "°C", "°F"})
# Dollars: "$" (or US$) and those of other countries, named by their prefix.
DOLLARS = frozenset({"$", "US$", "C$", "A$", "NZ$", "HK$", "S$"})


def currency(sign: str) -> str:
    """The one name of a currency written before a number ("US$", "Can$", "AUD ", "Rs.")."""
    written = sign.strip()
    return unit_name(written) or written


# What each known unit measures: two units of one dimension state one measure in other units
# ("96 metres" / "315 feet"); of two dimensions, two different measures ("1 mph" / "9.57 s").
_DIMENSIONS = {
    "length": ("km", "mile", "m", "cm", "mm", "ft", "inch", "yard", "nmi", "au", "ly"),
    "speed": ("mph", "km/h", "knot", "m/s", "km/s", "ft/s"),
    "mass": ("µg", "mg", "g", "kg", "lb", "oz", "t"),
    "volume": ("ml", "l", "gallon", "m³", "km³", "ft³", "mi³"),
    "area": ("ha", "acre", "km²", "mi²", "m²", "ft²"),
    "time": ("ps", "ns", "µs", "ms", "s", "min", "h", "day", "week", "month", "year", "decade",
             "century"),
    "money": ("$", "US$", "C$", "A$", "NZ$", "HK$", "S$", "€", "£", "¥", "₹"),
    "dose": ("Sv", "mSv", "µSv"),
    "temperature": ("°C", "°F", "degree"),
    "energy": ("J", "kJ", "MJ", "GJ", "TJ", "Wh", "kWh", "MWh", "GWh", "TWh", "eV", "keV", "MeV",
               "GeV", "TeV"),
    "power": ("W", "kW", "MW", "GW", "TW"),
    "points": ("point", "bp"),
    "data": ("B", "kB", "MB", "GB", "TB", "PB"),
    "sound": ("dB",),
    "frequency": ("Hz", "kHz", "MHz", "GHz"),
}
_DIMENSION = {unit: dim for dim, units in _DIMENSIONS.items() for unit in units}


def dimension(unit: str | None) -> str | None:
    """What a known unit measures ("minutes": time, "£": money); None for any other word."""
    name = unit_name(unit)
    return None if name is None else _DIMENSION.get(name)


# Words that name what a unit measures: "Length of the second set: 85 minutes", "Price paid:
# $54.20 a share". Beside a value in such a unit they say nothing the value does not.
DIMENSION_WORDS = {
    "time": frozenset("length duration long lasted lasting lasts span period".split()),
    "length": frozenset("length distance height depth width long tall high deep wide".split()),
    "speed": frozenset("speed pace velocity".split()),
    "mass": frozenset("weight mass heavy".split()),
    "money": frozenset("cost price amount sum value valuation worth fee figure".split()),
    "temperature": frozenset({"temperature"}),
}


# A change in a share, said in per cent or in points of it: "down 2 points" and "down 2%" are
# two measures of one change, never the same one.
_SHARE_CHANGES = frozenset({"%", "point"})


def one_share_change(a: str | None, b: str | None) -> bool:
    """Is one of ``a`` and ``b`` per cent and the other points of a share?"""
    return {unit_name(a), unit_name(b)} == _SHARE_CHANGES


def same_dimension(a: str | None, b: str | None) -> bool:
    """Do two known units measure the same thing (metres and feet; dollars and euros)? A unit
    without a dimension here (per cent, points, becquerels) is of its own."""
    na, nb = unit_name(a), unit_name(b)
    if na is None or nb is None:
        return False
    if na == nb or {na, nb} == _SHARE_CHANGES:
        return True
    da, db = _DIMENSION.get(na), _DIMENSION.get(nb)
    return da is not None and da == db


# Units one of which is an exact multiple of another, in the smallest of each chain: "12 months"
# is "a year", "24 hours" "a day", "1,500 metres" "1.5 km". Conversions between metric and
# imperial units round: they are compared within the rounding of the value read
# (``same_when_converted``).
_EXACT = {
    "s": ("time", 1), "min": ("time", 60), "h": ("time", 3600), "day": ("time", 86400),
    "week": ("time", 604800),
    "month": ("calendar", 1), "year": ("calendar", 12), "decade": ("calendar", 120),
    "century": ("calendar", 1200),
    "mm": ("metric length", 1), "cm": ("metric length", 10), "m": ("metric length", 1000),
    "km": ("metric length", 1_000_000),
    "mg": ("metric mass", 1), "g": ("metric mass", 10**3), "kg": ("metric mass", 10**6),
    "t": ("metric mass", 10**9),
    "J": ("energy", 1), "kJ": ("energy", 10**3), "MJ": ("energy", 10**6),
    "GJ": ("energy", 10**9), "TJ": ("energy", 10**12), "Wh": ("energy", 3600),
    "kWh": ("energy", 3600 * 10**3), "MWh": ("energy", 3600 * 10**6),
    "GWh": ("energy", 3600 * 10**9), "TWh": ("energy", 3600 * 10**12),
    "eV": ("electronvolts", 1), "keV": ("electronvolts", 10**3),
    "MeV": ("electronvolts", 10**6), "GeV": ("electronvolts", 10**9),
    "TeV": ("electronvolts", 10**12),
    "W": ("power", 1), "kW": ("power", 10**3), "MW": ("power", 10**6), "GW": ("power", 10**9),
    "TW": ("power", 10**12),
    "B": ("data", 1), "kB": ("data", 10**3), "MB": ("data", 10**6), "GB": ("data", 10**9),
    "TB": ("data", 10**12), "PB": ("data", 10**15),
}


# Each unit of measure in its dimension's base unit (metres, kilograms, km/h), for a value
# written in one system and read in another: "1.2 miles" is about 1.93 km.
_TO_BASE: dict[str, Fraction] = {
    "mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1), "km": Fraction(1000),
    "inch": Fraction(254, 10000), "ft": Fraction(3048, 10000), "yard": Fraction(9144, 10000),
    "mile": Fraction(1609344, 1000), "nmi": Fraction(1852),
    "au": Fraction(149_597_870_700), "ly": Fraction(9_460_730_472_580_800),
    "kg": Fraction(1), "t": Fraction(1000), "lb": Fraction(45359237, 100_000_000),
    "g": Fraction(1, 1000), "mg": Fraction(1, 1_000_000), "µg": Fraction(1, 10**9),
    "oz": Fraction(45359237, 1_600_000_000),
    "km/h": Fraction(1), "mph": Fraction(1609344, 1_000_000), "m/s": Fraction(36, 10),
    "knot": Fraction(1852, 1000),
    # areas in square metres
    "m²": Fraction(1), "km²": Fraction(1_000_000), "ha": Fraction(10_000),
    "mi²": Fraction(1609344, 1000) ** 2, "ft²": Fraction(3048, 10000) ** 2,
    "acre": Fraction(40468564224, 10_000_000),
    # volumes in cubic metres
    "m³": Fraction(1), "km³": Fraction(10**9), "l": Fraction(1, 1000),
    "ml": Fraction(1, 10**6),
    "ft³": Fraction(3048, 10000) ** 3, "mi³": Fraction(1609344, 1000) ** 3,
}


def scaled(unit: str | None) -> str | None:
    """The one name of a unit that converts into the others of its measure by a factor
    (metres, feet, miles, kilograms; not °C or °F), or None."""
    name = unit_name(unit)
    return name if name in _TO_BASE else None


def base_factor(unit: str | None) -> Fraction:
    """What one of ``unit`` is in its measure's base unit (a foot: 0.3048 metres); 1 for a
    unit that does not convert by a factor, or none."""
    return _TO_BASE.get(unit_name(unit) or "", Fraction(1))


def converted(value: Fraction, unit: str | None, into: str | None) -> Fraction | None:
    """``value`` in ``unit`` expressed in ``into``, when both are units of one dimension this
    knows how to convert (lengths, masses, speeds, °C and °F); None otherwise."""
    a, b = unit_name(unit), unit_name(into)
    if a is None or b is None or a == b:
        return None
    if {a, b} == {"°C", "°F"}:
        return value * Fraction(9, 5) + 32 if a == "°C" else (value - 32) * Fraction(5, 9)
    if a in _TO_BASE and b in _TO_BASE and _DIMENSION.get(a) == _DIMENSION.get(b):
        return value * _TO_BASE[a] / _TO_BASE[b]
    return None


def step(v: Fraction) -> Fraction:
    """The rounding a written number implies: 2 → 1, 1.2 → 0.1, 900 → 100, 3,000 → 1,000."""
    if v == 0:
        return Fraction(1)
    if v.denominator != 1:
        fine = Fraction(1)
        while (v / fine).denominator != 1 and fine > Fraction(1, 10**6):
            fine /= 10
        return fine
    n, k = abs(v.numerator), 1
    while n % (k * 10) == 0:
        k *= 10
    return Fraction(k)


# The most an approximate figure ("about 100", "some 2 million") may be off, as a share of it.
# Half the rounding it is written with is that share or less for every figure but one whose
# first digit is 1 and the rest zeros: "about 2" is 2 give or take 0.5, but "about 100" would be
# 50 to 150, which no reader takes it for. Capped at the loosest of the others.
APPROXIMATE_SHARE = Fraction(1, 4)


def approximate_margin(v: Fraction, rounding: Fraction | None = None) -> Fraction:
    """How far "about ``v``" may be from ``v``: half its rounding (``step(v)`` unless given), at
    most ``APPROXIMATE_SHARE`` of it ("about 2,000": 500; "about 100": 25, not 50)."""
    return min((step(v) if rounding is None else rounding) / 2, abs(v) * APPROXIMATE_SHARE)


def decimal_step(v: Fraction) -> Fraction:
    """The place of a number's last decimal: 1 for a whole number ("33"), 1/10 for "33.3"."""
    return step(v) if v.denominator != 1 else Fraction(1)


def same_when_converted(
    a: Fraction, unit_a: str | None, b: Fraction, unit_b: str | None, *, rounding: bool = True
) -> bool:
    """Is ``b`` in ``unit_b`` the measure ``a`` in ``unit_a`` is, converted, within the rounding
    ``a`` is written with ("about 2 km" and "1.2 miles"; "3,000ft" and "900m")? The rounding of
    the value converted is the writer's, so only its own: "100 kilometres" is no "100 miles".
    Without ``rounding``: within ``SAME_FIGURE_SHARE`` of ``a`` (a unit near another, "10 tons"
    and "10 tonnes", may be written for it with the same figure)."""
    into_a = converted(b, unit_b, unit_a)
    if into_a is None:
        return False
    if not rounding:
        return abs(into_a - a) <= abs(a) * SAME_FIGURE_SHARE
    if a == b and a and unit_name(unit_a) != unit_name(unit_b):
        return False  # the same figure in another unit is another measure ("200 yards" / "200 m")
    return abs(into_a - a) <= step(a) / 2


# Two units whose measures differ by at most this share may carry the same figure.
SAME_FIGURE_SHARE = Fraction(1, 10)


def in_smallest(value: object, unit: str | None) -> tuple[str, object] | None:
    """A measure in the smallest unit of its chain of exact multiples, or None when its unit
    is in none: ("time", 86400) for a day."""
    name = unit_name(unit)
    if name is None or name not in _EXACT:
        return None
    chain, factor = _EXACT[name]
    return chain, value * factor  # type: ignore[operator]


def exact_ratio(big: str | None, small: str | None) -> int | None:
    """How many of ``small`` make one ``big``, when both are in one chain of exact multiples and
    ``big`` is the larger (12 for years and months, 60 for hours and minutes); else None."""
    nb, ns = unit_name(big), unit_name(small)
    if nb is None or ns is None or nb not in _EXACT or ns not in _EXACT:
        return None
    (chain_b, fb), (chain_s, fs) = _EXACT[nb], _EXACT[ns]
    if chain_b != chain_s or fb <= fs or fb % fs:
        return None
    return fb // fs
