#!/usr/bin/env python3
"""Checks that every language of Steward is complete and consistent with English.

- translations/steward_<lang>.ts (the client): no unfinished, vanished or obsolete entry, every
  plural form filled, the same placeholders (%1..%9, %L1, %n, %Ln) and the same presence of a
  keyboard accelerator (&) as the source, and nothing that lupdate would add or drop (lupdate runs
  on copies in a temporary directory with the options of the project's lupdate target).
- translations/steward_en.ts (English plural forms, "1 user" / "2 users"): only plural entries, each
  finished with both forms filled, the source's placeholders kept and no "(s)" left, and nothing that
  lupdate -pluralonly would add or drop.
- server/mail/templates/<lang>.json and server/pages/strings/<lang>.json (emails and account
  pages): a file for each of en, es, de, fr, ru, the same keys in every language, the same
  {placeholders} as English in every text, no stray brace, and a text wherever English has one.
- French, everywhere: a no-break space, never a plain one, before : ; ? ! (docs/glossary.md).

tests/unit/server/tst_mailtemplates.cpp and tests/server/tst_accountpages.cpp check what the
server does with those files (rendering, escaping, fallbacks); this test only reads the files.

Usage: check_translations.py <source dir> <lupdate executable>
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CLIENT_LANGUAGES = ['es', 'de', 'fr', 'ru']
SERVER_LANGUAGES = ['en', 'es', 'de', 'fr', 'ru']
PLURALS_LANGUAGE = 'en'
PLURAL_FORMS = {'en': 2, 'es': 2, 'de': 2, 'fr': 2, 'ru': 3}
# The folders and options of the `lupdate` target in ui/CMakeLists.txt (English adds -pluralonly).
LUPDATE_DIRS = ['app', 'ui', 'net', 'models']
LUPDATE_OPTIONS = ['-locations', 'none', '-no-obsolete', '-extensions', 'cpp,h']
PLURALS_OPTIONS = ['-pluralonly']
JSON_FAMILIES = ['server/mail/templates', 'server/pages/strings']

QT_PLACEHOLDER = re.compile(r'%L?(?:[1-9][0-9]?|n)')
JSON_PLACEHOLDER = re.compile(r'\{([a-zA-Z]+)\}')
FRENCH_PLAIN_SPACE = re.compile(r' [:;?!]')

problems = []


def problem(where, text):
    problems.append(f'{where}: {text}')


def accelerator_count(text):
    return len(re.findall(r'&[^&\s]', text.replace('&&', '')))


# --- Qt Linguist files -------------------------------------------------------------------------

def messages(path):
    """(context, source, disambiguation) -> message element, in file order."""
    result = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            key = (name, message.findtext('source'), message.findtext('comment'))
            result[key] = message
    return result


def describe(key):
    context, source, comment = key
    return f'[{context}] "{source}"' + (f' ({comment})' if comment else '')


def check_message(language, key, message):
    where = f'steward_{language}.ts {describe(key)}'
    source = key[1]
    translation = message.find('translation')
    kind = translation.get('type')
    if kind in ('vanished', 'obsolete'):
        problem(where, 'no longer in the sources (run lupdate with -no-obsolete)')
        return
    if kind == 'unfinished':
        problem(where, 'unfinished')
    if language == PLURALS_LANGUAGE and message.get('numerus') != 'yes':
        problem(where, 'not a plural entry (steward_en.ts holds only those: lupdate -pluralonly)')
        return
    if message.get('numerus') == 'yes':
        forms = [form.text or '' for form in translation.findall('numerusform')]
        if len(forms) != PLURAL_FORMS[language]:
            problem(where, f'{len(forms)} plural forms, {language} needs {PLURAL_FORMS[language]}')
    else:
        forms = [translation.text or '']
    expected = sorted(set(QT_PLACEHOLDER.findall(source)))
    for form in forms:
        if not form.strip():
            problem(where, 'empty translation')
            continue
        found = sorted(set(QT_PLACEHOLDER.findall(form)))
        if found != expected:
            problem(where, f'placeholders {found} instead of {expected} in "{form}"')
        if accelerator_count(source) != accelerator_count(form):
            problem(where, f'accelerator (&) count differs from the source in "{form}"')
        if language == 'fr' and FRENCH_PLAIN_SPACE.search(form):
            problem(where, f'plain space before : ; ? or ! in "{form}" (use a no-break space)')
        if language == PLURALS_LANGUAGE and '(s)' in form:
            problem(where, f'"(s)" left in "{form}" (write the singular or the plural)')


def check_ts_files(source_dir, lupdate, languages, extra_options=()):
    """Checks steward_<language>.ts of each language against lupdate run (with extra_options) on copies."""
    ts_dir = source_dir / 'translations'
    files = {language: ts_dir / f'steward_{language}.ts' for language in languages}
    for language, path in files.items():
        if not path.is_file():
            problem(path, 'missing')
    present = {language: path for language, path in files.items() if path.is_file()}
    if not present:
        return
    with tempfile.TemporaryDirectory() as temp:
        copies = []
        for path in present.values():
            copies.append(pathlib.Path(temp) / path.name)
            shutil.copyfile(path, copies[-1])
        run = subprocess.run([lupdate, *LUPDATE_OPTIONS, *extra_options, *LUPDATE_DIRS, '-ts', *map(str, copies)],
                             cwd=source_dir, capture_output=True, text=True)
        if run.returncode != 0:
            problem('lupdate', f'failed ({run.returncode}): {run.stderr.strip()}')
            return
        for line in run.stderr.splitlines():
            if 'warning' in line.lower() or 'error' in line.lower():
                print('lupdate:', line)
        for language, path in present.items():
            original = messages(path)
            updated = messages(pathlib.Path(temp) / path.name)
            for key, message in original.items():
                check_message(language, key, message)
            for key in updated.keys() - original.keys():
                problem(f'steward_{language}.ts {describe(key)}', 'new in the sources, not in the file (run lupdate)')
            for key in original.keys() - updated.keys():
                if original[key].find('translation').get('type') not in ('vanished', 'obsolete'):
                    problem(f'steward_{language}.ts {describe(key)}', 'no longer in the sources (run lupdate)')


# --- emails and account pages ------------------------------------------------------------------

def leaves(value, path=''):
    """Every text of a JSON document by its path (object keys and list indexes)."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from leaves(child, f'{path}.{key}' if path else key)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from leaves(child, f'{path}[{index}]')
    else:
        yield path, value


def check_json_family(source_dir, family):
    folder = source_dir / family
    documents = {}
    for language in SERVER_LANGUAGES:
        path = folder / f'{language}.json'
        if not path.is_file():
            problem(f'{family}/{language}.json', 'missing')
            continue
        try:
            document = json.loads(path.read_text(encoding='utf-8'))
        except ValueError as error:
            problem(f'{family}/{language}.json', f'not valid JSON: {error}')
            continue
        if document.get('language') != language:
            problem(f'{family}/{language}.json', f'"language" is {document.get("language")!r}')
        documents[language] = dict(leaves(document))
    for extra in sorted(set(p.stem for p in folder.glob('*.json')) - set(SERVER_LANGUAGES)):
        problem(f'{family}/{extra}.json', 'not one of the languages ' + ', '.join(SERVER_LANGUAGES))
    if 'en' not in documents:
        return
    english = documents['en']
    every_key = set().union(*(texts.keys() for texts in documents.values())) - {'language'}
    for language, texts in documents.items():
        where = f'{family}/{language}.json'
        for key in sorted(every_key - texts.keys()):
            owners = [other for other, t in documents.items() if key in t]
            problem(where, f'lacks "{key}" (present in {", ".join(owners)})')
        for key in sorted(every_key & texts.keys()):
            text = texts[key]
            if not isinstance(text, str):
                problem(where, f'"{key}" is not a text')
                continue
            reference = english.get(key)
            if isinstance(reference, str) and language != 'en':
                if bool(text.strip()) != bool(reference.strip()):
                    problem(where, f'"{key}" is {"empty" if not text.strip() else "not empty"} unlike English')
                found = sorted(JSON_PLACEHOLDER.findall(text))
                expected = sorted(JSON_PLACEHOLDER.findall(reference))
                if found != expected:
                    problem(where, f'"{key}" has placeholders {found}, English has {expected}')
            if '{' in JSON_PLACEHOLDER.sub('', text) or '}' in JSON_PLACEHOLDER.sub('', text):
                problem(where, f'"{key}" has a brace that is not a {{placeholder}}: "{text}"')
            if language == 'fr' and FRENCH_PLAIN_SPACE.search(text):
                problem(where, f'"{key}" has a plain space before : ; ? or ! (use a no-break space)')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source_dir = pathlib.Path(sys.argv[1]).resolve()
    lupdate = sys.argv[2]
    check_ts_files(source_dir, lupdate, CLIENT_LANGUAGES)
    check_ts_files(source_dir, lupdate, [PLURALS_LANGUAGE], PLURALS_OPTIONS)
    for family in JSON_FAMILIES:
        check_json_family(source_dir, family)
    for line in problems:
        print('FAIL', line)
    print(f'{len(problems)} problem(s)')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
