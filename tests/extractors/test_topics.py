"""Networks and working groups: the catalogue, name matching, and tagging of extracted items."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract
from extractors.topics import default_catalogue, load_topics, normalise

CONSULAR = "Red de Protección Consular"
CHILDREN = "Red de Protección de la Niñez Migrante"
SMUGGLING = "Red contra el Tráfico de Migrantes y la Trata"
BORDER = "Grupo de Trabajo sobre Gestión Fronteriza"
LABOUR = "Grupo de Trabajo sobre Migración Laboral"
EXTRA = "Grupo Ad Hoc sobre Migrantes Extrarregionales"


def test_catalogue_has_names_in_both_languages() -> None:
    topics = load_topics()
    canonicals = [t.canonical for t in topics]
    assert len(canonicals) == len(set(canonicals))
    assert {CONSULAR, CHILDREN, SMUGGLING, BORDER, LABOUR, EXTRA} <= set(canonicals)
    consular = next(t for t in topics if t.canonical == CONSULAR)
    assert consular.name_es == "Red de Funcionarios de Enlace en Materia de Protección Consular"
    assert consular.name_en == "Network of Liaison Officers for Consular Protection"
    assert all(t.name_es and t.name_en for t in topics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la Red de Funcionarios de Enlace en Materia de Protección Consular", (CONSULAR,)),
        ("LA RED DE FUNCIONARIOS DE ENLACE EN MATERIA DE PROTECCION CONSULAR", (CONSULAR,)),
        ("la Red de Enlace de Funcionarios de Protección Consular", (CONSULAR,)),
        ("la Red de Funcionarios de Enlace\nen Materia de Protección\n Consular", (CONSULAR,)),
        ("Network of Liaison Officers for Consular Protection", (CONSULAR,)),
        (
            "Red de Funcionarios de Enlace en Materia de Protección de Niños, Niñas y "
            "Adolescentes Migrantes",
            (CHILDREN,),
        ),
        (
            "Red de Funcionarios de Enlace en Materia de Protección a Niñas, Niños y "
            "Adolescentes Migrantes",
            (CHILDREN,),
        ),
        (
            "Network of Liaison Officers for the Protection of Migrant Children and Adolescents",
            (CHILDREN,),
        ),
        (
            "Red de Funcionarios de Enlace para el Combate a la Trata de Personas y al Tráfico "
            "Ilícito de Migrantes",
            (SMUGGLING,),
        ),
        ("el Grupo Ad Hoc sobre migrantes extra-regionales", (EXTRA,)),
        ("el Grupo Ad Hoc sobre Migrantes Extrarregionales", (EXTRA,)),
        ("el Grupo Ad Hoc sobre migrantes extra-\nregionales", (EXTRA,)),
        ("the Ad Hoc Working Group on Extra-regional Migration", (EXTRA,)),
        ("Working Group on Labour Migration and the Working Group on Labor Migration", (LABOUR,)),
        ("el grupo de trabajo sobre gestion fronteriza", (BORDER,)),
        # A name inside a longer word, or a different group, is no match.
        ("el Grupo de Trabajo sobre Gestión Fronterizas", ()),
        ("el Grupo de Trabajo sobre Migración Laboral Agrícola", (LABOUR,)),
        ("la Red de Funcionarios de Enlace", ()),
        ("the working group of the Council", ()),
    ],
)
def test_names_match_across_spelling_case_accents_and_lines(
    text: str, expected: tuple[str, ...]
) -> None:
    assert default_catalogue().named_in(text) == expected


def test_normalise_joins_a_word_hyphenated_at_a_line_end() -> None:
    assert normalise("Protec-\nción  Consular") == "proteccion consular"


REF = date(2021, 12, 1)

NETWORK_PARAGRAPH = """\
REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)

El Grupo Regional de Consulta sobre Migración (GRCM), reunido en la Ciudad de México el 1 de diciembre de 2021, acordó:

1. Convocar una reunión virtual de la Red de Funcionarios de Enlace en Materia de Protección Consular durante la primera semana de febrero de 2022.
2. Solicitar a la Secretaría Técnica que circule el calendario a más tardar el 15 de enero de 2022.
3. Encargar a la Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la Trata de Personas un informe sobre sus actividades.
"""

SECTION_HEADING = """\
REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)

El Grupo Regional de Consulta sobre Migración (GRCM), reunido en la Ciudad de México el 1 de diciembre de 2021, acordó:

7. Actualizar el calendario de la CRM de la siguiente forma:

Grupo de Trabajo sobre Migración Laboral:

- a. Desarrollar un taller sobre movilidad laboral en marzo de 2022.
- b. Presentar el plan de acción a más tardar el 30 de abril de 2022.

Grupo de Trabajo sobre Gestión Fronteriza:

- c. Intercambio técnico sobre tráfico de migrantes en junio de 2022.

8. Realizar la próxima reunión del GRCM en mayo de 2022.
"""

ENGLISH = """\
MEETING OF THE REGIONAL CONSULTATION GROUP ON MIGRATION (RCGM)

The Regional Consultation Group on Migration (RCGM), meeting in Ottawa, Canada, from 20 to 22 May 2025, agreed:

5. Regarding the Network of Liaison Officers for Consular Protection:
   a. Hold the in-person meeting of the Network from 30 June to 2 July in Mexico City.
   b. Member Countries are requested to send the names of their delegates to the TS by 13 June.
6. Hold a workshop on labour mobility in September 2025.
"""


def _tags(text: str) -> dict[str, tuple[str, ...]]:
    result = extract(text, reference_date=REF).to_dict()
    return {c["date_text"]: tuple(c["topics"]) for c in result["commitments"]}


def test_a_paragraph_naming_a_network_tags_its_item_and_not_its_neighbour() -> None:
    tags = _tags(NETWORK_PARAGRAPH)
    assert tags == {
        "durante la primera semana de febrero de 2022": (CONSULAR,),
        "a más tardar el 15 de enero de 2022": (),
    }


def test_an_undated_item_is_tagged_with_its_network() -> None:
    undated = extract(NETWORK_PARAGRAPH, reference_date=REF).to_dict()["undated"]
    assert [(u["ref"], u["topics"]) for u in undated] == [("3", [SMUGGLING])]


def test_items_under_a_section_heading_take_the_group_it_names() -> None:
    tags = _tags(SECTION_HEADING)
    assert tags == {
        "en marzo de 2022": (LABOUR,),
        "a más tardar el 30 de abril de 2022": (LABOUR,),
        "en junio de 2022": (BORDER,),
        "en mayo de 2022": (),
    }


def test_english_sub_items_take_the_network_of_their_parent_paragraph() -> None:
    tags = _tags(ENGLISH)
    assert tags == {
        "from 30 June to 2 July": (CONSULAR,),
        "by 13 June": (CONSULAR,),
        "in September 2025": (),
    }
