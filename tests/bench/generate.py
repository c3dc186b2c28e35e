"""Deterministic generator of a fictional press-release corpus for benchmarks.

The releases follow the text format of the Milli Majlis press service (title, optional category
line, date line, optional ``Share:`` line, paragraphs, footer, boilerplate), but every person,
meeting and quotation is invented. The same ``n`` and ``seed`` always give byte-identical output,
and release ``i`` depends only on ``(seed, i)``: the 1k corpus is a prefix of the 100k one.

``generate_with_truth`` also yields what each release says: title, ISO date, time, the category
line as written (or None), whether it was cut short, and its people in order of first
appearance (name, role, took_part, mentions), following ../shared/corpus/GUIDE.md.

Usage: ``python tests/bench/generate.py N OUTDIR [--seed S] [--jobs J]``.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import itertools
import multiprocessing
import os
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["CATEGORIES", "generate", "generate_with_truth", "main", "write_corpus"]

CATEGORIES = (
    "Chair`s Meetings",
    "Chair`s Travels",
    "Plenary meetings",
    "Committee Meetings",
    "Events",
    "NEWS",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
FOOTER = ("The Press and Public Relations Department", "The Milli Majlis")
BOILERPLATE = (
    "The Milli Majlis is the single-chamber legislature of the Republic of Azerbaijan and the "
    "highest body of its legislative power. Its 125 members are elected in single-member "
    "constituencies by universal, equal and direct suffrage through a free, personal and secret "
    "ballot, and each convocation sits for five years."
)
_FIXED_WORDS = len(" ".join((*FOOTER, BOILERPLATE)).split()) + 6  # footer, boilerplate, header

_FIRST_DAY = date(2000, 1, 1).toordinal()
_LAST_DAY = date(2024, 12, 31).toordinal()
_LIBERATION = date(2020, 11, 10)


def _choice(rng: random.Random, seq: Sequence[T]) -> T:
    """rng.choice, but cheaper (one C call); deterministic all the same."""
    return seq[int(rng.random() * len(seq))]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _semis(text: str) -> tuple[str, ...]:
    return tuple(" ".join(part.split()) for part in text.split(";"))


def _bank(text: str) -> tuple[str, ...]:
    """Templates one per line; a line starting with spaces continues the previous one."""
    out: list[str] = []
    for line in text.strip("\n").splitlines():
        if line.startswith(" ") and out:
            out[-1] += " " + line.strip()
        elif line.strip():
            out.append(line.strip())
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Culture:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    fem: Callable[[str], str]
    family_first: bool = False


def _same(s: str) -> str:
    return s


def _fem_slavic(s: str) -> str:
    if s.endswith(("ov", "ev", "in", "yn")):
        return s + "a"
    if s.endswith("sky"):
        return s[:-1] + "aya"
    if s.endswith("iy"):
        return s[:-2] + "aya"
    return s


def _fem_czech(s: str) -> str:
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("a"):
        return s[:-1] + "ová"
    if s.endswith("ek"):
        return s[:-2] + "ková"
    if s.endswith("ec"):
        return s[:-2] + "cová"
    return s + "ová"


def _fem_polish(s: str) -> str:
    return s[:-1] + "a" if s.endswith(("ski", "cki", "dzki")) else s


def _fem_latvian(s: str) -> str:
    if s.endswith("š"):
        return s[:-1] + "a"
    if s.endswith("ons"):
        return s[:-1] + "e"
    if s.endswith("is"):
        return s[:-2] + "e"
    if s.endswith("s"):
        return s[:-1] + "a"
    return s


def _fem_lithuanian(s: str) -> str:
    if s.endswith("ius"):
        return s[:-3] + "ienė"
    if s.endswith(("as", "is")):
        return s[:-2] + "ienė"
    if s.endswith("us"):
        return s[:-2] + "uvienė"
    return s


def _fem_greek(s: str) -> str:
    if s.endswith("os"):
        return s[:-2] + "ou"
    if s.endswith("is"):
        return s[:-1]
    if s.endswith("as"):
        return s[:-1]
    return s


_AZ_MALE = _words(
    """Elchin Rauf Fuad Ilgar Nijat Vusal Yashar Zahir Bahruz Nadir Rovshan Togrul Ulvi Akif Arif
    Fikrat Gadir Habib Ismayil Latif Mubariz Polad Ruslan Sardar Talib Vagif Zakir Azad Babek
    Chingiz Dashgin Ganimat Ilkin Kanan Mirza Namig Rafig Teymur Umid Valeh Yusif Zaman Agil
    Elvin Faig Hafiz Intigam Kerim Malik Nusrat Parviz Rza Seymur Tofig Vidadi Bayram Jalal
    Mahammad Rasim Sakhavat Tarlan Zamig Alakbar Elmar Firudin Hasrat Ilyas Kamil Oktay Rustam
    Subhan Yaqub Gurban Elkhan Alim Anvar Arzuman Bakhram Dilavar Elgiz Emil Fariz Gasham
    Hamlet Ilgiz Jabir Kamandar Rahib Ravan Samandar Shakir Tahmasib Tarverdi Turan Vilayat
    Yavar Zabil Aghasi Alovsat Bahman Elbrus Fakhraddin Gabil Madat Nazar Sadraddin Sakit
    Saleh Sayad Vasif Yalchin Zulfu"""
)
_AZ_FEMALE = _words(
    """Aygun Leyla Nigar Sevda Gunel Aynur Lala Narmin Turkan Ulviyya Zarifa Shahla Gulnara
    Nazila Rena Samira Tamilla Fidan Aysel Jamila Esmira Khatira Ilaha Nurlana Parvana Gulshan
    Aida Bahar Dilara Elmira Farida Gulnar Irada Kamala Lamiya Naila Rahila Tarana Ulker
    Yegana Zumrud Afag Chinara Durna Gunay Khanim Mina Nargiz Pakiza Roya Sona Tunzala
    Gulbaniz Zenfira Aytaj Sevil Mehri Gulchohra Rubaba Sudaba Aybaniz Gulyaz Jeyran Mehpara
    Nubar Saadat Shafiga Simuzar Tahmina Ulduz Yasaman Zeynab Khayala Gulten"""
)
_AZ_ROOTS = _words(
    """Abbas Akbar Alakbar Allahverdi Asgar Bagir Dadash Farhad Gasim Gahraman Haji Hamid
    Hasan Huseyn Ibrahim Ismayil Jafar Javad Kazim Karim Mahmud Mammad Mansur Musa Mustafa Nabi
    Nasir Nuri Pasha Rahim Rustam Sadig Safar Salim Shukur Suleyman Talib Vali Yusif Zeynal Gurban
    Isgandar Aghayar Babir Eyvaz Fatali Hummat Imran Jabbar Khalil Latif Najaf Rasul Tapdig Umud
    Veysal Yagub Zulfugar Amir Bakhish Davud Ilyas Kamil Mehdi Nariman Rajab Shirin Tahmaz Valeh
    Agha Aslan Bahadur Ganbar Heydarguli Jamal Kerbalai Mirheydar Novruzali Sultan Teymur Zakir
    Aghalar Ashraf Bakir Dunyamali Gulam Hatam Israfil Mehrali Shamil Tagi Yahya Zaid"""
)
_AZ_ROOTS = tuple(r for r in _AZ_ROOTS if r.isalpha())

_CULTURES: dict[str, _Culture] = {
    "tr": _Culture(
        _words(
            """Ahmet Mehmet Mustafa Ali Hüseyin Hasan İbrahim Osman Yusuf Murat Emre Burak Serkan
            Oğuz Selçuk Volkan Levent Tuncay Kemal Cengiz Erdal Gökhan Barış Şükrü Ömer Kaan Tolga
            Uğur Ertuğrul Fikri Süleyman Şevket"""
        ),
        _words(
            """Ayşe Fatma Emine Zeynep Elif Özlem Gülşen Şule Derya Sevgi Nurcan Esra Hülya Meltem
            Serap Dilek Gönül Aslı Pınar Bahar Şebnem Gülay"""
        ),
        _words(
            """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
            Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güneş Erdem Aktaş Bulut Gündüz
            Keskin Ünal Ateş Tekin Sarı Uysal Özcan Ergüven Karakuş Bozkurt Sönmez"""
        ),
        _same,
    ),
    "ru": _Culture(
        _words(
            """Aleksandr Sergey Dmitry Andrey Alexey Vladimir Nikolay Igor Pavel Oleg Yury Mikhail
            Konstantin Viktor Gennady Boris Anatoly Vadim Stanislav Roman Valery Grigory"""
        ),
        _words(
            """Yelena Olga Tatyana Irina Natalya Svetlana Marina Anna Galina Lyudmila Valentina
            Yekaterina Oksana Larisa Nina Vera Alla"""
        ),
        _words(
            """Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov
            Solovyov Vasilyev Zaitsev Pavlov Semyonov Golubev Vinogradov Bogdanov Vorobyov Fyodorov
            Mikhailov Belyaev Tarasov Belov Komarov Orlov Kiselev Makarov Andreev Kovalyov Ilyin
            Gusev Titov Kuzmin Baranov Kulikov Stepanov Yakovlev Sorokin Zakharov Borisov Gerasimov
            Grigoryev Lazarev Ostrovsky Dubrovsky Zhukovsky"""
        ),
        _fem_slavic,
    ),
    "ua": _Culture(
        _words(
            """Oleksandr Andriy Serhiy Volodymyr Mykola Vasyl Petro Yuriy Taras Bohdan Ihor Oleh
            Dmytro Maksym Ostap Yaroslav"""
        ),
        _words(
            "Olena Oksana Iryna Nataliia Tetiana Yuliia Halyna Larysa Kateryna Svitlana Solomiia"
        ),
        _words(
            """Kovalenko Bondarenko Tkachenko Kravchenko Shevchuk Melnyk Boyko Kovalchuk Oliynyk
            Lysenko Marchuk Rudenko Savchenko Petrenko Moroz Pavlenko Klymenko Tkachuk Hnatyuk
            Kuzmenko Levchenko Ponomarenko Yaremchuk Didenko Hrytsenko"""
        ),
        _same,
    ),
    "ca": _Culture(
        _words(
            """Nurlan Yerlan Askar Dauren Marat Bakhyt Serik Talgat Rustam Azamat Timur Bakhodir
            Sherzod Jasur Ulugbek Dilshod Farrukh Almaz Kanat Bolot Myrat Serdar Kairat Bekzat
            Daniyar Yerzhan Ruslan Nur-Aly Ak-Bolot"""
        ),
        _words(
            """Aigerim Gulnara Dinara Saule Zhanna Aliya Madina Nargiza Dilnoza Malika Gulmira
            Aizhan Ainura Jyldyz Maysa Shahnoza Zarina Kamila Ak-Maral"""
        ),
        _words(
            """Abenov Akhmetov Baimukhanov Dzhaksybekov Yessimov Iskakov Kenzhebekov Mukanov
            Nurpeisov Omarov Sadykov Tokhtarov Umarov Yusupov Rakhimov Tursunov Khodjaev Alimov
            Saidov Mirzaev Azimov Kasymov Jumabaev Bekov Toktogulov Asanov Muratbekov Orazov
            Annaev Berdiev Ataev Durdyev Khalmuradov Sarsenbayev Zhumagaliyev Abdykadyrov"""
        ),
        _fem_slavic,
    ),
    "ge": _Culture(
        _words(
            """Giorgi Davit Levan Irakli Zurab Nikoloz Tamaz Giga Lasha Mamuka Vakhtang Shalva
            Archil Otar Revaz"""
        ),
        _words("Nino Tamar Ketevan Mariam Salome Natia Eka Maia Tea Lela Sopho Khatia Manana"),
        _words(
            """Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Nozadze
            Khutsishvili Abashidze Chkheidze Gogoladze Japaridze Mikadze Dolidze Shengelia Kiknadze
            Tabatadze Jgharkava Meladze Gvenetadze"""
        ),
        _same,
    ),
    "cz": _Culture(
        _words(
            """Jan Petr Tomáš Martin Pavel Jiří Lukáš Ondřej Marek Michal Vladimír Miroslav Zdeněk
            Peter Juraj Ľubomír Radovan"""
        ),
        _words("Jana Eva Lucie Tereza Kateřina Zuzana Martina Lenka Veronika Monika Dagmar"),
        _words(
            """Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný
            Pospíšil Hájek Jelínek Král Růžička Sedláček Doležal Kolář Navrátil Čermák Urban Vaněk
            Blažek Kříž Holub Mráz Šťastný"""
        ),
        _fem_czech,
    ),
    "yu": _Culture(
        _words(
            """Marko Nikola Stefan Milan Dragan Zoran Goran Nenad Dejan Aleksandar Miloš Vladimir
            Ivan Luka Bojan Darko Predrag Željko"""
        ),
        _words("Jelena Ivana Marija Ana Milica Snežana Dragana Tatjana Vesna Maja Biljana Mirjana"),
        _words(
            """Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović
            Popović Kovačević Horvat Babić Marić Knežević Vuković Radić Tomić Kovač Šarić Lukić
            Perić Grbić Jurić Božić Mandić Čolak Hadžić Zupančič Novak"""
        ),
        _same,
    ),
    "pl": _Culture(
        _words(
            """Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Jakub Grzegorz Łukasz Wojciech
            Marek Zbigniew"""
        ),
        _words(
            "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Joanna Magdalena Monika Dorota Iwona"
        ),
        _words(
            """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
            Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski
            Pawłowski Michalski Zawadzki"""
        ),
        _fem_polish,
    ),
    "ro": _Culture(
        _words(
            """Andrei Alexandru Mihai Ion Gheorghe Adrian Cristian Florin Bogdan Răzvan Ștefan
            Vasile Dumitru Radu Sorin Vlad Octavian"""
        ),
        _words(
            """Maria Elena Ioana Ana Andreea Cristina Mihaela Alina Gabriela Irina Daniela Oana
            Lăcrămioara"""
        ),
        _words(
            """Popescu Ionescu Popa Pop Radu Dumitrescu Stan Stoica Gheorghiu Matei Ciobanu Munteanu
            Constantinescu Stănescu Lungu Rusu Moldovan Florea Dobre Țurcanu Bălan Căpraru Vîlcu
            Moraru Sârbu Cojocaru Ursu Grosu Bărbulescu"""
        ),
        _same,
    ),
    "hu": _Culture(
        _words(
            """Gábor László István Zoltán Péter Tamás Attila János Ferenc Sándor Csaba Balázs
            Levente Gergely"""
        ),
        _words(
            """Katalin Erzsébet Ildikó Zsuzsanna Eszter Judit Krisztina Réka Anikó Orsolya Tünde"""
        ),
        _words(
            """Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács
            Juhász Lakatos Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Gál Vörös Szűcs Pintér
            Hegedűs Kerekes Bíró Sipos Fodor"""
        ),
        _same,
    ),
    "de": _Culture(
        _words(
            """Thomas Michael Andreas Stefan Frank Jürgen Klaus Markus Christian Matthias Wolfgang
            Uwe Jörg Ralf Dieter Günter Hans-Peter Karl-Heinz Hans-Jürgen Jens-Uwe"""
        ),
        _words(
            """Sabine Petra Claudia Monika Susanne Andrea Birgit Katrin Ute Heike Jutta Anke
            Brigitte Anna-Lena Eva-Maria"""
        ),
        _words(
            """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
            Koch Bauer Richter Klein Wolf Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
            Lange Krause Lehmann Köhler Huber Kaiser Fuchs Möller Weiß Vogel Keller Berger Winkler
            Lorenz Baumann Albrecht Schuster Böhm Jäger Seidel Brandt Ziegler Kühn Engel Bergmann
            Pfeiffer Lüdtke"""
        ),
        _same,
    ),
    "fr": _Culture(
        _words(
            """Jean-Pierre Jean-Luc Jean-Marc Pierre-Alain François Philippe Nicolas Laurent
            Olivier Christophe Éric Julien Sébastien Thierry Didier Gilles Frédéric Jean-Claude
            Pascal Désiré"""
        ),
        _words(
            """Marie-Claire Anne-Sophie Isabelle Nathalie Sylvie Catherine Sophie Valérie Céline
            Hélène Élodie Martine Véronique Christine Josiane Mireille"""
        ),
        _words(
            """Dubois Durand Leroy Moreau Lefèbvre Bertrand Roux Fournier Morel Girard Mercier
            Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guérin Roussel Perrin Morin
            Mathieu Clément Gauthier Dumont Fontaine Chevalier Masson Lemaire Duval Joly Rivière
            Lacroix Deschamps Ménard Fleury Vasseur"""
        ),
        _same,
    ),
    "it": _Culture(
        _words(
            """Marco Giuseppe Giovanni Antonio Francesco Luca Alessandro Andrea Stefano Roberto
            Paolo Massimo Gianluca Pierluigi Emanuele"""
        ),
        _words(
            """Giulia Francesca Chiara Sara Laura Valentina Alessandra Elena Silvia Paola Federica
            Beatrice"""
        ),
        _words(
            """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
            De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
            Rinaldi Caruso Ferrara Galli Martinelli Vitale Serra Coppola De Santis D’Angelo
            Marchetti Parisi D’Amico"""
        ),
        _same,
    ),
    "es": _Culture(
        _words(
            """José Juan Carlos Luis Javier Miguel Antonio Manuel Francisco Alejandro Fernando
            Jorge Ricardo Diego Pablo Sebastián"""
        ),
        _words(
            """María Carmen Ana Laura Isabel Lucía Marta Elena Patricia Sofía Gabriela Mónica
            María-José"""
        ),
        _words(
            """García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz
            Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez
            Vázquez Ramos Serrano Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Núñez
            Iglesias Medina Cortés Castillo"""
        ),
        _same,
    ),
    "pt": _Culture(
        _words("João António Manuel José Pedro Rui Paulo Carlos Luís Miguel Ricardo Tiago"),
        _words("Ana Maria Joana Inês Sofia Beatriz Catarina Mariana Rita Conceição"),
        _words(
            """Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes
            Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira
            Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Simões Araújo Azevedo"""
        ),
        _same,
    ),
    "nl": _Culture(
        _words("Jan Pieter Hendrik Willem Johannes Gerrit Maarten Joost Bas Sander Ruud Wouter"),
        _words("Anke Marieke Ingrid Sanne Femke Annelies Eline Margriet"),
        _semis(
            """de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Visser; Smit; Meijer;
            de Boer; Mulder; de Groot; Bos; Vos; Hendriks; van Leeuwen; Dekker; Brouwer; de Wit;
            Claes; Peeters; Janssens"""
        ),
        _same,
    ),
    "en": _Culture(
        _words(
            """James John Robert Michael William David Richard Thomas Charles Christopher Daniel
            Matthew Andrew Mark Paul Steven Kevin Brian George Edward Patrick Sean"""
        ),
        _words(
            """Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy Emily Rebecca
            Catherine Helen Fiona Siobhan Claire"""
        ),
        _words(
            """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson
            White Harris Thompson Clark Lewis Walker Hall Allen Young Wright Scott Green Baker
            Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins
            Edwards Stewart Morris Murphy Cook Rogers Cooper Reed Bailey Bell Kelly Ward Cox
            Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Foster O’Brien
            O’Connor McCarthy Fitzgerald Ashdown-Hale"""
        ),
        _same,
    ),
    "nordic": _Culture(
        _words(
            """Lars Anders Erik Johan Per Nils Magnus Henrik Ole Søren Jens Bjørn Sven Gunnar Jón"""
        ),
        _words("Anna Karin Ingrid Kristina Eva Sofia Ingeborg Astrid Sigrid Kirsten Hanne Guðrún"),
        _words(
            """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson
            Gustafsson Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen
            Sørensen Rasmussen Jørgensen Møller Dahl Berg Lund Holm Strand Lindqvist Bergström
            Sigurðsson"""
        ),
        _same,
    ),
    "fi": _Culture(
        _words("Juha Mikko Timo Jari Antti Kari Markku Pekka Matti Heikki Tarmo Andres Jaan Tõnu"),
        _words("Tuula Päivi Anne Sari Minna Leena Riitta Kadri Kersti Liina Merike Maarja"),
        _words(
            """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
            Järvinen Lehtonen Saarinen Salminen Heinonen Tamm Saar Sepp Mägi Kask Kukk Rebane
            Pärn Koppel Lepik Oja"""
        ),
        _same,
    ),
    "lv": _Culture(
        _words("Jānis Andris Māris Edgars Aivars Guntis Juris Valdis Artūrs Kārlis"),
        _words("Inese Ilze Anita Dace Kristīne Līga Ieva Baiba Zane Sandra"),
        _words(
            """Bērziņš Kalniņš Ozoliņš Jansons Liepiņš Krūmiņš Balodis Zariņš Pētersons Vītols
            Kļaviņš Cīrulis Lapiņš Siliņš Eglītis"""
        ),
        _fem_latvian,
    ),
    "lt": _Culture(
        _words("Tomas Mindaugas Darius Andrius Vytautas Gintaras Rimantas Saulius Arūnas Linas"),
        _words("Rūta Jurgita Laima Asta Daiva Rasa Ingrida Vilma Jolanta Aušra"),
        _words(
            """Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus
            Paulauskas Urbonas Kavaliauskas Navickas Rimkus Ramanauskas Sakalauskas Vitkus"""
        ),
        _fem_lithuanian,
    ),
    "gr": _Culture(
        _words(
            """Georgios Konstantinos Dimitrios Ioannis Nikolaos Panagiotis Christos Vasileios
            Athanasios Michail Andreas Stavros"""
        ),
        _words("Maria Eleni Aikaterini Vasiliki Sofia Angeliki Dimitra Georgia Christina Ioanna"),
        _words(
            """Papadopoulos Papadakis Georgiou Nikolaidis Konstantinidis Dimitriou Ioannou Vlachos
            Antoniou Pappas Oikonomou Makris Karagiannis Christodoulou Alexiou Georgiadis Petrou
            Angelopoulos"""
        ),
        _fem_greek,
    ),
    "bg": _Culture(
        _words("Georgi Ivan Dimitar Nikolay Petar Hristo Stoyan Todor Vasil Krasimir Plamen"),
        _words("Maria Ivanka Elena Yordanka Desislava Tsvetelina Gergana Radka Silvia"),
        _words(
            """Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Todorov Iliev Vasilev
            Atanasov Petkov Angelov Kolev Yordanov Marinov Stefanov"""
        ),
        _fem_slavic,
    ),
    "he": _Culture(
        _words("David Moshe Yosef Avraham Yaakov Daniel Eitan Noam Amir Yonatan Ariel Uri"),
        _words("Sarah Rachel Tamar Michal Noa Yael Shira Ayelet Orly"),
        _words(
            """Cohen Levi Mizrahi Peretz Biton Dahan Friedman Azoulay Malka Katz Amar Shapiro
            Ben-David Ben-Ami Goldberg Rosen Shalom Golan Ashkenazi"""
        ),
        _same,
    ),
    "ar": _Culture(
        _words(
            """Mohammed Ahmed Ali Omar Khalid Abdullah Yousef Hassan Ibrahim Saeed Faisal Nasser
            Hamad Sultan Majid Tariq Walid Karim Rashid Salem"""
        ),
        _words("Fatima Aisha Mariam Noura Huda Layla Amal Samira Rania Hanan Salma Dalia"),
        _words(
            """al-Hashimi al-Mansouri al-Zaabi al-Nuaimi al-Shamsi al-Dosari al-Harbi al-Otaibi
            al-Ghamdi al-Kuwari al-Marri al-Sulaiti al-Mutairi al-Ajmi Haddad Khoury Mansour
            Saleh Hamdan Farouk Benali Bouzid El-Amrani Bennani Alaoui Tazi Belkacem Abdel-Aziz
            Abdel-Rahman"""
        ),
        _same,
    ),
    "fa": _Culture(
        _words(
            """Ali Reza Hossein Mohammad Mehdi Hamid Majid Saeed Behrouz Dariush Farhad Kourosh
            Babak Omid Parviz Siavash"""
        ),
        _words("Maryam Zahra Fatemeh Leila Shirin Parisa Nasrin Azadeh Mahsa Roya Shabnam"),
        _words(
            """Hosseini Mohammadi Rezaei Ahmadi Moradi Karimi Rahimi Jafari Ghasemi Sadeghi Heidari
            Mousavi Hashemi Ebrahimi Nazari Kazemi Asadi Bagheri Zarei Salehi Mahmoudi Rostami
            Tehrani Shirazi Ansari Farahani Ghorbani Yazdani Ahmadi-Moghaddam"""
        ),
        _same,
    ),
    "sa": _Culture(
        _words(
            """Muhammad Imran Asif Tariq Bilal Faisal Rajesh Sanjay Amit Vikram Arjun Rahul Anil
            Sunil Abdul Kamal"""
        ),
        _words("Ayesha Fatima Sana Nadia Priya Anjali Sunita Kavita Rekha Nasreen Shazia"),
        _words(
            """Khan Ahmed Hussain Shah Qureshi Malik Chaudhry Butt Raza Sharma Verma Gupta Singh
            Kumar Patel Reddy Nair Iyer Das Chowdhury Rahman Hossain Siddiqui Akhtar"""
        ),
        _same,
    ),
    "cn": _Culture(
        _words("Wei Jun Lei Yong Jie Tao Ming Hao Qiang Ping Jian Bo Zhiwei Jianguo"),
        _words("Fang Min Jing Yan Hui Xia Ying Hong Juan Mei Xiaoling"),
        _words("Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Luo"),
        _same,
        family_first=True,
    ),
    "jp": _Culture(
        _words("Hiroshi Takashi Kenji Satoshi Daisuke Kazuo Makoto Naoki Takeshi Shōta"),
        _words("Yuki Yoko Keiko Akiko Naomi Emiko Mariko Haruka"),
        _words(
            """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
            Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Ikeda Ōno Ishikawa"""
        ),
        _same,
    ),
    "kr": _Culture(
        _words("Min-jun Seo-jun Ji-ho Hyun-woo Dong-hyun Sung-min Jae-won Ji-hoon Young-soo"),
        _words("Seo-yeon Ji-woo Min-seo Ha-eun Soo-jin Eun-ji Hye-jin Mi-kyung"),
        _words("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song"),
        _same,
        family_first=True,
    ),
    "id": _Culture(
        _words("Budi Agus Hendra Rizal Andi Dedi Bambang Ahmad Fauzi Rahmat Hafiz Azlan Iskandar"),
        _words("Siti Dewi Sri Nurul Ratna Putri Wulan Aisyah Farah Zulaikha"),
        _words(
            """Santoso Wijaya Kusuma Saputra Hidayat Setiawan Nugroho Pratama Gunawan Harahap
            Siregar Nasution Hamzah Ismail Osman Yusof Hashim"""
        ),
        _same,
    ),
    "af": _Culture(
        _words(
            """Emmanuel Samuel Joseph Peter Daniel Moses Isaac Patrick Kwame Kofi Chukwuemeka
            Oluwaseun Tunde Abebe Tesfaye Jean-Claude Pascal Désiré Ibrahima Mamadou"""
        ),
        _words(
            """Grace Esther Ruth Faith Blessing Ngozi Amina Chiamaka Adaeze Wanjiru Aster Tigist
            Josiane Mireille Aminata Fatou"""
        ),
        _words(
            """Okafor Adeyemi Okonkwo Mensah Owusu Boateng Kamau Otieno Mwangi Ochieng Wanjala
            Njoroge Kariuki Bekele Tadesse Haile Girma Alemu Habimana Niyonzima Uwimana Mugabo
            Ndikumana Banda Phiri Dlamini Nkosi Mokoena Molefe Diallo Traoré Keïta Coulibaly
            Ndiaye Diop Sow Mbaye Touré"""
        ),
        _same,
    ),
}


# --------------------------------------------------------------------------------------------
# Countries, organisations, committees, vocabulary
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Country:
    name: str  # as used in running text ("the Netherlands")
    adj: str
    culture: str
    legislature: str
    capital: str
    monarchy: bool = False

    @property
    def poss(self) -> str:
        return self.name + ("’" if self.name.endswith("s") else "’s")


def _c(spec: str) -> _Country:
    name, adj, culture, leg, cap, *rest = (s.strip() for s in spec.split("|"))
    return _Country(name, adj, culture, leg, cap, bool(rest))


# Ordered by how often the press service writes about them (heaviest first).
_COUNTRIES = tuple(
    _c(s)
    for s in (
        "Turkey|Turkish|tr|the Grand National Assembly of Turkey|Ankara",
        "Russia|Russian|ru|the State Duma|Moscow",
        "Kazakhstan|Kazakh|ca|the Mazhilis|Astana",
        "Georgia|Georgian|ge|the Parliament of Georgia|Tbilisi",
        "Uzbekistan|Uzbek|ca|the Oliy Majlis|Tashkent",
        "Pakistan|Pakistani|sa|the National Assembly of Pakistan|Islamabad",
        "Italy|Italian|it|the Italian Chamber of Deputies|Rome",
        "Germany|German|de|the Bundestag|Berlin",
        "France|French|fr|the French National Assembly|Paris",
        "Hungary|Hungarian|hu|the National Assembly of Hungary|Budapest",
        "Ukraine|Ukrainian|ua|the Verkhovna Rada|Kyiv",
        "Kyrgyzstan|Kyrgyz|ca|the Jogorku Kenesh|Bishkek",
        "Turkmenistan|Turkmen|ca|the Mejlis of Turkmenistan|Ashgabat",
        "Belarus|Belarusian|ru|the House of Representatives of Belarus|Minsk",
        "Serbia|Serbian|yu|the National Assembly of Serbia|Belgrade",
        "Israel|Israeli|he|the Knesset|Jerusalem",
        "China|Chinese|cn|the National People’s Congress|Beijing",
        "Iran|Iranian|fa|the Islamic Consultative Assembly|Tehran",
        "the United Kingdom|British|en|the House of Commons|London|m",
        "the United States|American|en|the US Congress|Washington",
        "Romania|Romanian|ro|the Parliament of Romania|Bucharest",
        "Moldova|Moldovan|ro|the Parliament of Moldova|Chișinău",
        "Poland|Polish|pl|the Sejm|Warsaw",
        "the Czech Republic|Czech|cz|the Chamber of Deputies of the Czech Republic|Prague",
        "Slovakia|Slovak|cz|the National Council of Slovakia|Bratislava",
        "Bulgaria|Bulgarian|bg|the National Assembly of Bulgaria|Sofia",
        "Greece|Greek|gr|the Hellenic Parliament|Athens",
        "Croatia|Croatian|yu|the Croatian Sabor|Zagreb",
        "Montenegro|Montenegrin|yu|the Parliament of Montenegro|Podgorica",
        "Bosnia and Herzegovina|Bosnian|yu|the Parliamentary Assembly of Bosnia and "
        "Herzegovina|Sarajevo",
        "Slovenia|Slovenian|yu|the National Assembly of Slovenia|Ljubljana",
        "Latvia|Latvian|lv|the Saeima|Riga",
        "Lithuania|Lithuanian|lt|the Seimas|Vilnius",
        "Estonia|Estonian|fi|the Riigikogu|Tallinn",
        "Finland|Finnish|fi|the Eduskunta|Helsinki",
        "Sweden|Swedish|nordic|the Riksdag|Stockholm|m",
        "Norway|Norwegian|nordic|the Storting|Oslo|m",
        "Denmark|Danish|nordic|the Folketing|Copenhagen|m",
        "Austria|Austrian|de|the National Council of Austria|Vienna",
        "Switzerland|Swiss|de|the Swiss Federal Assembly|Bern",
        "Spain|Spanish|es|the Congress of Deputies|Madrid|m",
        "Portugal|Portuguese|pt|the Assembly of the Republic|Lisbon",
        "the Netherlands|Dutch|nl|the House of Representatives of the Netherlands|The Hague|m",
        "Belgium|Belgian|fr|the Chamber of Representatives of Belgium|Brussels|m",
        "Japan|Japanese|jp|the House of Representatives of Japan|Tokyo|m",
        "South Korea|Korean|kr|the National Assembly of Korea|Seoul",
        "India|Indian|sa|the Lok Sabha|New Delhi",
        "Bangladesh|Bangladeshi|sa|the Jatiya Sangsad|Dhaka",
        "Indonesia|Indonesian|id|the House of Representatives of Indonesia|Jakarta",
        "Malaysia|Malaysian|id|the Dewan Rakyat|Kuala Lumpur|m",
        "Saudi Arabia|Saudi|ar|the Shura Council of Saudi Arabia|Riyadh|m",
        "the United Arab Emirates|Emirati|ar|the Federal National Council|Abu Dhabi|m",
        "Qatar|Qatari|ar|the Shura Council of Qatar|Doha|m",
        "Kuwait|Kuwaiti|ar|the National Assembly of Kuwait|Kuwait City|m",
        "Oman|Omani|ar|the Council of Oman|Muscat|m",
        "Jordan|Jordanian|ar|the House of Representatives of Jordan|Amman|m",
        "Egypt|Egyptian|ar|the House of Representatives of Egypt|Cairo",
        "Morocco|Moroccan|ar|the House of Representatives of Morocco|Rabat|m",
        "Algeria|Algerian|ar|the People’s National Assembly of Algeria|Algiers",
        "Tunisia|Tunisian|ar|the Assembly of the Representatives of the People|Tunis",
        "Iraq|Iraqi|ar|the Council of Representatives of Iraq|Baghdad",
        "Lebanon|Lebanese|ar|the Parliament of Lebanon|Beirut",
        "Afghanistan|Afghan|fa|the National Assembly of Afghanistan|Kabul",
        "Tajikistan|Tajik|ca|the Majlisi Oli|Dushanbe",
        "Brazil|Brazilian|pt|the Chamber of Deputies of Brazil|Brasília",
        "Argentina|Argentine|es|the Argentine National Congress|Buenos Aires",
        "Mexico|Mexican|es|the Chamber of Deputies of Mexico|Mexico City",
        "Cuba|Cuban|es|the National Assembly of People’s Power|Havana",
        "Canada|Canadian|en|the House of Commons of Canada|Ottawa|m",
        "Ireland|Irish|en|Dáil Éireann|Dublin",
        "Australia|Australian|en|the Parliament of Australia|Canberra|m",
        "Nigeria|Nigerian|af|the National Assembly of Nigeria|Abuja",
        "Kenya|Kenyan|af|the National Assembly of Kenya|Nairobi",
        "Ethiopia|Ethiopian|af|the House of Peoples’ Representatives|Addis Ababa",
        "Senegal|Senegalese|af|the National Assembly of Senegal|Dakar",
        "Burundi|Burundian|af|the National Assembly of Burundi|Gitega",
        "Ghana|Ghanaian|af|the Parliament of Ghana|Accra",
    )
)


@dataclass(frozen=True, slots=True)
class _Org:
    short: str
    full: str
    role: str


_ORGS = (
    _Org("PACE", "the Parliamentary Assembly of the Council of Europe", "President of PACE"),
    _Org("OSCE PA", "the OSCE Parliamentary Assembly", "Secretary General of the OSCE PA"),
    _Org(
        "TurkPA",
        "the Parliamentary Assembly of Turkic States",
        "Secretary General of the Parliamentary Assembly of Turkic States",
    ),
    _Org(
        "PABSEC",
        "the Parliamentary Assembly of the Black Sea Economic Cooperation",
        "Secretary General of PABSEC",
    ),
    _Org(
        "IPU", "the Inter-Parliamentary Union", "Secretary General of the Inter-Parliamentary Union"
    ),
    _Org("CIS IPA", "the CIS Inter-Parliamentary Assembly", "Secretary General of the CIS IPA"),
    _Org("APA", "the Asian Parliamentary Assembly", "Secretary General of the APA"),
    _Org(
        "PUIC",
        "the Parliamentary Union of the OIC Member States",
        "Secretary General of the PUIC",
    ),
    _Org("UNDP", "the UN Development Programme", "UNDP Resident Representative in Azerbaijan"),
    _Org("UNICEF", "UNICEF", "UNICEF Representative in Azerbaijan"),
    _Org("EU", "the European Union", "Head of the EU Delegation to Azerbaijan"),
    _Org(
        "ICRC",
        "the International Committee of the Red Cross",
        "Head of the ICRC Delegation in Baku",
    ),
    _Org("NATO PA", "the NATO Parliamentary Assembly", "Secretary General of the NATO PA"),
    _Org("WHO", "the World Health Organization", "WHO Representative in Azerbaijan"),
)
_ASSEMBLIES = tuple(o for o in _ORGS if o.short.endswith(("PA", "PACE", "IPU", "PUIC", "PABSEC")))

_COMMITTEES = (
    "Legal Policy and State Building",
    "Defence, Security and Anti-Corruption",
    "Economic Policy, Industry and Entrepreneurship",
    "Labour and Social Policy",
    "Agrarian Policy",
    "Natural Resources, Energy and Ecology",
    "Human Rights",
    "International Relations and Inter-Parliamentary Ties",
    "Science and Education",
    "Culture",
    "Youth and Sport",
    "Health Care",
    "Family, Women and Children Affairs",
    "Regional Issues",
    "Public Associations and Religious Organisations",
    "Budget and Finance",
)
# The ministry invited to each committee's meetings (index into _MINISTRIES).
_COMMITTEE_MINISTRY = (4, 11, 1, 5, 9, 8, 4, 0, 2, 6, 7, 3, 5, 1, 6, 10)
_MINISTRIES = (
    "Foreign Affairs", "Economy", "Education", "Health", "Justice",
    "Labour and Social Protection of the Population", "Culture", "Youth and Sport", "Ecology and "
    "Natural Resources", "Agriculture", "Finance", "Emergency Situations",
)  # fmt: skip

_LAWS = _semis(
    """Education; Public Health Care; Social Insurance; Employment; Tourism; Mass Media;
    Municipal Property; Local Self-Government; Environmental Protection; Water Supply and Waste
    Water; Energy Efficiency; Renewable Energy Sources; Electronic Signature; Electronic Commerce;
    Personal Data; Consumer Protection; Competition; Banks; Insurance Activity; Labour Pensions;
    Targeted State Social Assistance; the Rights of the Child; Physical Culture and Sport;
    Culture; Museums; Libraries; Urban Planning and Construction; Road Traffic; Civil Aviation;
    Railway Transport; Notaries; Advocates and Advocacy; Courts and Judges; Civil Service;
    Police; Veterinary Service; Seed Production; Land Reclamation and Irrigation; Fisheries;
    Plant Protection; Food Safety; Medicinal Products; Public Procurement; Investment Activity;
    Official Statistics; the National Archive Fund; Youth Policy; Freedom of Religious Belief;
    Non-Governmental Organisations; Access to Information; State Duty; Advertising; Geodesy and
    Cartography; Beekeeping; Postal Service; Tourism Zones; Mediation; Probation; Social
    Services; Persons with Disabilities; Military Service; Fire Safety; Communications"""
)
_SECTORS = (
    "agriculture", "tourism", "information and communication technologies", "renewable energy",
    "transport and logistics", "the pharmaceutical industry", "the chemical industry",
    "construction", "education", "health care", "food processing", "textiles",
    "machine building", "banking and finance", "the space industry", "water management",
    "mining", "shipbuilding", "viticulture", "cotton growing", "the defence industry",
)  # fmt: skip
_TOPICS = (
    "the socio-economic development of the regions", "the modernisation of vocational training",
    "improving the business environment", "the digital transformation of public services",
    "the social protection of war veterans", "the preservation of cultural heritage",
    "water security", "food security", "youth employment", "support for small businesses",
    "the reform of the civil service", "the development of inclusive education",
    "public health priorities", "the protection of the Caspian environment",
    "the green energy transition",
)  # fmt: skip
_TOPICS_NEW = (
    "the rebuilding of the liberated lands", "humanitarian demining",
    "the return of former displaced persons", "the post-conflict peace agenda",
)  # fmt: skip
_OUTLETS = (
    "the Caspian Herald", "Khazar Weekly", "the Baku Courier", "Yeni Səhər", "Region Plus TV",
    "the Morning Ledger", "Ekspress Review", "the Shirvan Gazette", "Radio Absheron",
    "the Eurasia Monitor",
)  # fmt: skip
_UNIVERSITIES = (
    "Baku State University", "the Azerbaijan University of Economics", "the Academy of Public "
    "Administration", "the Azerbaijan Technical University", "the Baku Slavic University",
    "the Azerbaijan University of Languages", "the Ganja State University",
    "the Azerbaijan Medical University", "the Academy of Sciences",
)  # fmt: skip
_INSTITUTES = (
    "History", "Law and Human Rights", "Economics", "Philosophy", "Manuscripts", "Geography",
    "Literature", "Oriental Studies", "Archaeology", "Linguistics",
)  # fmt: skip
_ARTS = (
    "poet", "composer", "playwright", "enlightener", "painter", "novelist", "scholar",
    "educator", "philosopher", "singer",
)  # fmt: skip
_LAUREATE_ROLES = (
    "Olympic champion", "world chess champion", "folk singer", "People’s Artist",
    "Honoured Teacher", "Paralympic champion", "European boxing champion", "award-winning novelist",
    "film director", "young mathematician",
)  # fmt: skip
_EXPERT_ROLES = (
    "political scientist", "economist", "legal expert", "historian", "sociologist",
    "environmental expert", "education expert", "public health specialist",
)  # fmt: skip

_SPEECH = _bank(
    """
{S} said that {cl}.
{S} noted that {cl}.
According to {S}, {cl}.
{S} stressed that {cl}.
{S} pointed out that {cl}.
{S} went on to say that {cl}.
{S} also remarked that {cl}.
{CL}, {S} said.
{CL}, according to {S}.
{S} expressed confidence that {cl}.
{S} told the meeting that {cl}.
{S} emphasised that {cl}.
{P} added that {cl}.
In {his} view, {cl}.
{P} underlined that {cl}.
"""
)

_FIXED_BILATERAL = _bank(
    """
the relations between Azerbaijan and {c} were developing successfully in many fields
the friendship between the two peoples had deep historical roots
there was still a great deal of unused potential in trade and investment
{c} regarded Azerbaijan as an important and reliable partner in the region
the two parliaments could do more to support the intergovernmental agenda
{a} companies were showing a growing interest in the Azerbaijani market
the parliamentary friendship groups ought to meet more regularly
the visit would open a new page in the relations between the two countries
cultural ties had always served as a bridge between the two nations
Azerbaijan’s tradition of tolerance and multicultural coexistence deserved wide attention
the energy projects launched by Azerbaijan contributed to the energy security of Europe
the two countries took similar approaches to many international issues
joint projects in education and science would benefit the younger generation
the Azerbaijani community in {c} was a valuable link between the two countries
the sides should make better use of the transit routes crossing the Caspian region
the volume of mutual trade had grown noticeably over the past year
the two states had always supported each other on the international stage
tourism between the two countries could grow quickly if direct flights were added
the visit of the parliamentary delegation would be followed by concrete steps
{c} and Azerbaijan were linked by common values and a shared vision of the future
the sides should hold a business forum with the participation of entrepreneurs
students from Azerbaijan were always welcome at the universities of {c}
the {a} side appreciated the hospitality shown to its delegation in Baku
the dialogue between the two legislatures had become more intensive in recent years
the Azerbaijani language and literature deserved to be studied more widely in {c}
"""
)
_FIXED_DOMESTIC = _bank(
    """
the laws adopted during the session would serve the welfare of citizens
the social protection of low-income families remained a priority of state policy
the bill had been discussed in detail with the relevant government agencies
the amendments reflected proposals received from citizens and civil society
the committee had paid particular attention to the quality of legislative drafting
rural infrastructure in several districts still needed investment
the number of applications from citizens had grown compared with the previous session
digital services had made public administration more transparent
the state budget for the coming year was clearly socially oriented
more attention should be paid to vocational education in the regions
the shortage of doctors in remote villages had to be addressed without delay
the reforms in the judicial system were beginning to bear fruit
young people should be more actively involved in public life
support for small and medium-sized businesses had to be continued
environmental protection required the joint efforts of the state and society
the families of the fallen deserved constant care and attention
the revised law would close loopholes that had come to light in practice
the draft had been prepared with the help of international experts
the new provisions would make the work of municipalities more effective
citizens’ complaints about utility tariffs deserved careful study
the country’s economy had shown steady growth despite external challenges
the quality of school textbooks should be reviewed by independent specialists
the protection of children’s rights was a matter for the whole of society
the parliament would keep the implementation of the law under close review
the number of women in public life had increased markedly in recent years
more modern sports facilities were needed in the regions
the law would bring national legislation closer to international standards
public hearings had helped to improve the text of the draft
the wages of teachers and doctors ought to be raised further
"""
)
_FIXED_EVENT = _bank(
    """
the event was a good opportunity for legislators and experts to exchange views
such forums strengthened the dialogue between parliament and society
the recommendations adopted at the meeting would be sent to the relevant bodies
the younger generation should know the history of their country well
the preservation of national values went hand in hand with openness to the world
science and education were the foundation of the country’s future development
the role of the media in informing society about the work of parliament was growing
every citizen could contribute to the protection of the environment
culture was the strongest bond between generations
volunteers had played a remarkable part in organising the event
the conference had brought together participants from more than {n} countries
the exhibition gave a vivid picture of the country’s cultural heritage
"""
)

_STATEMENT = _bank(
    """
It was noted that {cl}.
It was pointed out that {cl}.
The participants agreed that {cl}.
{CL}, it was said.
Attention was drawn to the fact that {cl}.
The view was expressed that {cl}.
It was stressed at the meeting that {cl}.
{CL}, the meeting heard.
"""
)


@dataclass(frozen=True, slots=True)
class _Claims:
    """Reported claims: hand-written ones, or a subject and a predicate combined."""

    fixed: tuple[str, ...]
    subjects: tuple[str, ...]
    predicates: tuple[str, ...]


_PREDICATES = _bank(
    """
deserved more attention
could be expanded considerably
should be put on a more systematic footing
had produced good results in recent years
would be discussed again at the next meeting
remained one of the priorities
needed fresh ideas and new formats
required closer contacts between the relevant bodies
had improved markedly over the past {n} years
still faced a number of unresolved problems
called for additional funding in the coming years
was developing steadily
had great potential
"""
)
_SPEECH_NAMED = tuple(s for s in _SPEECH if "{S}" in s)
_CLAIMS_BILATERAL = _Claims(
    _FIXED_BILATERAL,
    _bank(
        """
the exchange of experience in {sector}
cooperation in {sector}
investment in {sector}
the work of the intergovernmental commission
contact between the two parliaments
the dialogue between the friendship groups
the number of {a} students in Azerbaijan
tourist traffic between the two countries
the partnership in {sector}
joint projects in {sector}
the transit of goods across Azerbaijan
cooperation between the universities of the two countries
cooperation between the regions of Azerbaijan and {c}
coordination within {org}
the legal framework of the relations
trade in the products of {sector}
"""
    ),
    _PREDICATES
    + _bank(
        """
was of mutual interest
would benefit both sides
had grown noticeably since the last visit
could serve as an example for other countries
had slowed down for a while but was now recovering
"""
    ),
)
_CLAIMS_DOMESTIC = _Claims(
    _FIXED_DOMESTIC,
    _bank(
        """
the draft Law ‘On {law}’
the amendments to the Law ‘On {law}’
the situation in {sector}
the regulation of {sector}
state support for {sector}
the implementation of the state programme on {topic}
the training of specialists for {sector}
the financing of {sector} from the state budget
the oversight of {sector}
public spending on {topic}
the enforcement of court decisions
the social protection of war veterans
the digitalisation of {sector}
the work of local authorities on {topic}
"""
    ),
    _PREDICATES
    + _bank(
        """
required careful study
had been discussed thoroughly with experts
would benefit thousands of citizens
should be revised in the light of practice
was in line with international standards
had been improved since the first reading
would help to attract investment
deserved the support of the House
needed a clearer legal basis
had to be kept under parliamentary control
would be the subject of public hearings
should be discussed with the municipalities
"""
    ),
)
_CLAIMS_ORG = _Claims(
    _bank(
        """
Azerbaijan had always been an active member of {org}
the partnership with {org} was developing in many directions
the contribution of Azerbaijani MPs to the work of the organisation was highly valued
the projects carried out in Azerbaijan had produced tangible results
international organisations should be impartial in their assessments
the next session would focus on {topic}
"""
    ),
    _bank(
        """
cooperation with {org}
the joint programme on {topic}
the exchange of expertise on {topic}
the work of Azerbaijani MPs within {org}
technical assistance in {sector}
"""
    ),
    _PREDICATES,
)
_CLAIMS_EVENT = _Claims(
    _FIXED_EVENT,
    _bank(
        """
the role of parliaments in {topic}
the contribution of young people to {topic}
the study of national history
the protection of cultural heritage
the work of civil society in {sector}
international cooperation on {topic}
the teaching of the Azerbaijani language abroad
the part played by women in public life
scientific research in {sector}
"""
    ),
    _PREDICATES
    + _bank(
        """
was at the centre of the discussion
had become a subject of lively debate among experts
deserved to be studied more closely
was a matter for the whole of society
"""
    ),
)

_REL = _bank(
    """
The two sides noted with satisfaction that the ties between Azerbaijan and {c} rested on
  mutual respect and a long record of trust.
Political dialogue between Baku and {cap} was said to have grown steadily richer in recent years.
Regular contacts at the highest level were described as the main engine of the partnership.
The conversation also turned to trade, which, according to the interlocutors, still lagged
  behind the potential of the two economies.
Transport and logistics projects linking the Caspian region with Europe were said to open new
  opportunities for {a} companies.
Cooperation in energy, agriculture, tourism and information technology was named among the most
  promising directions.
The meeting reaffirmed the readiness of the two countries to support each other within
  international organisations.
The importance of cultural and humanitarian exchanges, including student mobility and joint
  research, was underlined.
The sides exchanged views on the situation in the South Caucasus and on the prospects of lasting
  peace in the region.
The intergovernmental commission on economic cooperation was credited with setting practical
  goals for both governments.
Opening direct flights and simplifying visa procedures were mentioned as steps that would bring
  the two peoples closer.
There are about {N} companies with {a} capital working in Azerbaijan at present, the meeting
  heard.
The interlocutors expressed confidence that the talks would give fresh impetus to the bilateral
  agenda.
The sides also discussed cooperation in combating terrorism, organised crime and drug
  trafficking.
Mutual support on issues of sovereignty and territorial integrity was called a cornerstone of
  the relationship.
Joint ventures outside the oil and gas sector were singled out as a way to diversify economic
  ties.
The talks were held in a warm and constructive atmosphere.
Education and health care were listed among the areas where cooperation could be deepened.
Both sides welcomed the memoranda signed between ministries and agencies of the two countries.
Green energy projects, including solar and wind power plants, were described as a new field for
  partnership.
The role of {a} investors in {sector} was discussed at some length.
Trade between the two countries amounted to about {N} million US dollars last year, it was
  noted, and both sides wished to see that figure double.
The sides agreed to look into holding a joint business forum in {cap} next year.
Particular attention was paid to cooperation in {sector} and {sector}.
"""
)
_PARL = _bank(
    """
Inter-parliamentary ties were described as an important part of the relations between the two
  countries.
The working group on inter-parliamentary relations with {leg} was said to be active and
  productive.
The sides agreed that parliamentary delegations should exchange visits more often.
The MPs of the two countries cooperate closely within PACE, the OSCE Parliamentary Assembly and
  the Inter-Parliamentary Union.
An exchange of experience in lawmaking, particularly on digital governance and social
  protection, was proposed.
The importance of coordinating positions at international parliamentary forums was emphasised.
Joint online meetings of the relevant committees were suggested as a practical format.
The friendship groups in the two legislatures were credited with keeping the dialogue alive.
The sides discussed training courses for parliamentary staff and exchanges between the
  secretariats of the two parliaments.
Parliamentary diplomacy, it was said, could help where governments found it difficult to move
  forward.
The role of parliaments in ratifying and monitoring intergovernmental agreements was also
  raised.
The guest was briefed on the structure of the Milli Majlis, its committees and the legislative
  work of the current convocation.
A return visit of a delegation of the Milli Majlis to {c} was discussed.
"""
)
_REGION_NEW = _bank(
    """
The guest was told about the restoration work in the liberated territories, where new roads,
  schools and villages are being built.
Landmines left in the liberated areas continue to kill and maim civilians and delay the return
  of former residents, it was noted.
The peace agenda put forward by Azerbaijan was described as the only realistic path to
  stability in the region.
The first families returning to their native villages under the state resettlement programme
  were mentioned.
The delimitation of borders and the opening of transport links were named as essential steps
  towards a peace treaty.
The sides spoke of the need for the international community to support the reconstruction and
  demining effort.
Cultural and religious monuments destroyed during the years of occupation are now being
  restored, the guest heard.
The construction of smart villages and modern infrastructure in the region was described in
  detail.
"""
)
_REGION_OLD = _bank(
    """
The guest was briefed on the conflict and on the plight of the refugees and internally
  displaced persons.
Azerbaijan, it was said, insisted on a settlement based on the norms and principles of
  international law and the relevant UN Security Council resolutions.
The sides expressed the hope that international mediators would step up their efforts.
The occupation of Azerbaijani lands was described as the main obstacle to peace and cooperation
  in the region.
The international community was urged to take a firmer stand on the territorial integrity of
  states.
The hardships faced by the families forced from their homes were discussed at length.
"""
)
_LAWTALK = _bank(
    """
The bill, its presenter said, brought national legislation into line with international
  standards.
The changes are meant to simplify administrative procedures and to reduce paperwork for
  citizens and businesses.
Several MPs suggested refining the wording of individual articles before the next reading.
The amendments introduce clearer liability for breaches of the new requirements.
The new provisions are due to enter into force at the beginning of next year.
Electronic services and digital document flow are given a larger place in the revised text.
Written opinions had been received from the relevant ministries and from independent experts.
A number of terms used in the law are defined more precisely in the new version.
The draft also specifies the powers of local executive authorities in this field.
Fines for repeated violations are increased under the amendments.
The discussion touched on the cost of the bill for the state budget.
The amendments were drafted with regard to the experience of several European countries.
About {n} articles of the law are affected by the changes.
The draft provides for a transition period of {n} months for businesses to adapt.
It was explained that the changes had been prompted by problems identified in court practice.
The bill sets out the rights and duties of the bodies responsible for {sector}.
"""
)
_COMMITTEE_TALK = _bank(
    """
The report on the work the committee had done during the previous session was heard.
The committee had held {n} meetings and considered {n} draft laws over the session.
Applications from citizens, {N} in all, had been studied and forwarded to the relevant bodies.
The work plan for the new session was discussed and approved.
Members of the committee had received citizens in the regions on {n} occasions.
Representatives of civil society were invited to share their views on the draft.
The committee decided to hold public hearings on the issue later in the session.
Proposals made at the meeting will be taken into account in the final version of the draft.
A working group was set up to prepare the draft for the second reading.
The committee agreed to ask the relevant ministry for additional information.
"""
)
_PLENARY_OPEN = _bank(
    """
The agenda of the sitting was approved after a brief discussion.
The House held a minute of silence in memory of those who gave their lives for the homeland.
The National Anthem of the Republic of Azerbaijan was played.
The sitting was broadcast live on the parliament’s website.
The quorum was confirmed at the start of the sitting.
"""
)
_PLENARY_TALK = _bank(
    """
The draft was put to the vote and adopted.
Following the debate, the bill was passed in the {reading} reading.
The House approved the document by a majority vote.
The amendments were adopted and will be sent for signature.
The vote was then taken, and the draft resolution was carried.
The sitting then moved on to the next item of the agenda.
MPs also raised the concerns of their constituents, including the repair of rural roads, gas and
  water supply and the shortage of teachers in remote villages.
The draft was approved without amendments.
Several MPs proposed amendments, which were put to the vote one by one.
The bill was sent back to the committee for further work.
The House decided to continue the debate at its next sitting.
"""
)
_EVENT_TALK = _bank(
    """
The event was attended by MPs, members of the government, scholars, journalists and students.
The participants watched a documentary about the history of Azerbaijani parliamentarism.
An exhibition of photographs and archive documents was opened on the sidelines of the event.
A concert of classical and folk music was held for the guests.
Books and publications prepared for the occasion were presented to the participants.
The participants were invited to visit the museum of the history of the Milli Majlis.
Students of several universities in Baku were among the guests.
The event was covered by the national television channels.
The guests were shown the plenary hall and the library of the Milli Majlis.
"""
)
_CONF_TALK = _bank(
    """
The programme consisted of a plenary session and {k} panel discussions.
At the end of the event the participants adopted a final statement.
Speakers discussed the role of parliaments in achieving the sustainable development goals.
The event was organised jointly with {org}.
The proceedings were held in a hybrid format, with some speakers joining online.
Experts from {k} research centres presented their findings.
A collection of papers will be published after the event.
The recommendations will be sent to the relevant committees of the Milli Majlis.
"""
)
_EVENT_CONF_TALK = _EVENT_TALK + _CONF_TALK
_ORG_TALK = _bank(
    """
The guest spoke about the main directions of the work of {org}.
Azerbaijan’s contribution to the activities of {org} was highly appreciated.
The sides discussed the projects planned for the coming year.
The Milli Majlis, it was said, was ready to share its experience with other member states.
The cooperation between Azerbaijan and {org} was described as fruitful and wide-ranging.
The preparations for the next session of {org} were also discussed.
Joint training programmes for parliamentary staff were proposed.
The meeting also touched on humanitarian issues in the region.
Projects on {topic} carried out together with {org} were reviewed.
The guest was told about the legislative reforms carried out in the country in recent years.
A memorandum of understanding on technical cooperation was discussed.
The sides agreed to keep in regular contact through their working groups.
"""
)
_ASSEMBLY_TALK = _bank(
    """
The agenda of the session includes reports on {topic} and on {topic}.
The Azerbaijani MPs will take part in the meetings of the general committees of the Assembly.
The delegation also plans to meet the heads of several national delegations.
Resolutions on migration, climate change and the fight against corruption are to be adopted at
  the session.
Members of the delegation spoke during the debate on {topic}.
The session brought together delegations from more than {n} countries.
A draft resolution proposed by the Azerbaijani delegation was included in the agenda.
The delegation held a series of bilateral meetings on the sidelines of the session.
Elections to the governing bodies of the Assembly were held on the second day of the session.
The members of the delegation took part in the debates and put forward a number of proposals.
The MPs also met representatives of the Azerbaijani community in {cap}.
The standing committee on {topic} met on the sidelines of the session.
The delegation’s programme includes meetings in the parliament and the foreign ministry of the
  host country.
"""
)
_ELECTION_TALK = _bank(
    """
The observers monitored the voting at polling stations in {cap} and several other cities.
The mission met representatives of the election administration and of political parties before
  polling day.
According to the observers, the voting was held in a calm atmosphere.
The observers watched the opening of polling stations, the voting and the counting of ballots.
The preliminary conclusions of the mission were presented at a press conference the next day.
Turnout was reported at about {pct} per cent.
The observation mission included parliamentarians from {n} countries.
Polling stations for voters with disabilities were also visited.
The mission will publish its final report within two months.
"""
)
_INTERVIEW_TALK = _bank(
    """
The interview also covered the work of the parliament during the current session.
Questions about {topic} took up a large part of the conversation.
The MP spoke about the problems raised by voters in the constituency.
The interview was published in full on the website of the outlet.
The conversation turned to the laws to be discussed before the end of the session.
Asked about {sector}, the MP described the measures taken by the government.
"""
)
_LETTER_TALK = _bank(
    """
The letter expressed confidence that the relations between the two parliaments would continue
  to develop.
The message recalled the visits exchanged by parliamentary delegations in recent years.
The people of {c} were wished peace and prosperity.
The letter also contained an invitation to visit Azerbaijan at a convenient time.
The message noted the friendly ties that link Azerbaijan and {c}.
"""
)


# --------------------------------------------------------------------------------------------
# The world: a fixed population of fictional people
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class Person:
    """A fictional person: canonical name, surname for back-references, form of address."""

    pid: int
    name: str
    surname: str
    female: bool
    honor: str


class _Pool:
    """Weighted choice over people (cumulative weights, bisect)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: Sequence[Person], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        acc = 0.0
        cum: list[float] = []
        for w in weights:
            acc += w
            cum.append(acc)
        self.cum = cum
        self.total = acc

    def pick(self, rng: random.Random) -> Person:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _zipf(n: int, s: float = 1.0, k: float = 0.0) -> list[float]:
    return [1.0 / (r + 1 + k) ** s for r in range(n)]


class _World:
    """Everybody the corpus can name, built once per seed."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"pressroom-world/{seed}")
        self.rng = rng
        self.people: list[Person] = []
        self.names: set[str] = set()
        self.reserved: set[str] = set()
        self.role: dict[int, str] = {}

        az = self.new_az
        self.chair = az(female=True, reserve=True)
        self.leader = az(female=False, reserve=True)
        self.president = az(female=False, reserve=True)
        self.deputy_pool = [az(reserve=True) for _ in range(6)]
        self.ombudsman = [az(reserve=True), az(reserve=True)]

        # Five convocations, 125 MPs each, about half re-elected each time; how often an MP
        # speaks is drawn afresh for each convocation.
        self.mps: list[list[Person]] = []
        prev: list[Person] = []
        for _ in range(5):
            keep = rng.sample(prev, 62) if prev else []
            members = sorted(keep + [az() for _ in range(125 - len(keep))], key=lambda p: p.pid)
            self.mps.append(members)
            prev = members
        self.deputies = [
            [self.deputy_pool[(c + k) % len(self.deputy_pool)] for k in range(3)] for c in range(5)
        ]

        # Committee chairs per convocation: mostly re-appointed while still MPs.
        self.committee_chairs: list[list[Person]] = []
        for conv in range(5):
            members = self.mps[conv]
            chairs: list[Person] = []
            for k in range(len(_COMMITTEES)):
                old = self.committee_chairs[-1][k] if self.committee_chairs else None
                if old is not None and old in members and rng.random() < 0.6:
                    chairs.append(old)
                    continue
                cand = _choice(rng, members)
                while cand in chairs or any(cand in cc for cc in self.committee_chairs[-1:]):
                    cand = _choice(rng, members)
                chairs.append(cand)
            self.committee_chairs.append(chairs)
        # Committee chairs mostly speak as chairs, so they are drawn less often as plain MPs.
        self.mp_pools = [
            _Pool(
                members,
                [rng.lognormvariate(0.0, 0.45) * (0.4 if p in chairs else 1.0) for p in members],
            )
            for members, chairs in zip(self.mps, self.committee_chairs, strict=True)
        ]
        self.committee_cum = list(itertools.accumulate(_zipf(len(_COMMITTEES), 0.5)))

        self.ministers = [[az() for _ in range(3)] for _ in _MINISTRIES]
        self.az_ambassadors = [[az() for _ in range(5)] for _ in _COUNTRIES]

        # Foreign officials, by country and by period.
        self.speakers: list[list[Person]] = []
        self.ambassadors: list[list[Person]] = []
        self.heads: list[list[Person]] = []
        self.fms: list[list[Person]] = []
        self.group_heads: list[list[Person]] = []
        self.foreign_mps: list[list[Person]] = []
        for country in _COUNTRIES:
            new = functools.partial(self.new, country.culture)
            self.speakers.append([new() for _ in range(5)])
            self.ambassadors.append([new() for _ in range(7)])
            self.heads.append([new() for _ in range(4)])
            self.fms.append([new() for _ in range(4)])
            self.group_heads.append([new() for _ in range(5)])
            self.foreign_mps.append([new() for _ in range(8)])
        self.country_cum = list(itertools.accumulate(_zipf(len(_COUNTRIES), 0.9, 1.0)))
        cultures = sorted(_CULTURES)
        self.org_officials = [[self.new(_choice(rng, cultures)) for _ in range(5)] for _ in _ORGS]

        # The long tail.
        experts = [az() for _ in range(1100)]
        for p in experts:
            kind = rng.random()
            if kind < 0.25:
                self.role[p.pid] = f"Professor of {_choice(rng, _UNIVERSITIES)}"
            elif kind < 0.45:
                self.role[p.pid] = f"director of the Institute of {_choice(rng, _INSTITUTES)}"
            elif kind < 0.6:
                self.role[p.pid] = f"editor-in-chief of {_choice(rng, _OUTLETS)}"
            else:
                self.role[p.pid] = _choice(rng, _EXPERT_ROLES)
        self.experts = _Pool(experts, _zipf(len(experts), 1.05, 15))
        heroes = [az(female=rng.random() < 0.05) for _ in range(400)]
        self.heroes = _Pool(heroes, _zipf(len(heroes), 0.8, 5))
        self.historical: list[tuple[Person, str, int]] = [
            (az(), _choice(rng, _ARTS), rng.randint(1790, 1935)) for _ in range(90)
        ]
        laureates = [az() for _ in range(500)]
        for p in laureates:
            self.role[p.pid] = _choice(rng, _LAUREATE_ROLES)
        self.laureates = _Pool(laureates, _zipf(len(laureates), 0.9, 10))
        foreign_experts: list[Person] = []
        for _ in range(700):
            ci = min(int(rng.paretovariate(0.8)) - 1, len(_COUNTRIES) - 1)
            country = _COUNTRIES[ci]
            p = self.new(country.culture)
            self.role[p.pid] = _choice(
                rng,
                (
                    f"{country.adj} political analyst",
                    f"{country.adj} journalist",
                    f"{country.adj} historian",
                    f"professor at a university in {country.capital}",
                    f"{country.adj} economist",
                ),
            )
            foreign_experts.append(p)
        self.foreign_experts = _Pool(foreign_experts, _zipf(len(foreign_experts), 1.0, 20))

    # -- person factories ---------------------------------------------------------------------

    def _add(self, name: str, surname: str, female: bool, honor: str) -> Person:
        p = Person(len(self.people), name, surname, female, honor)
        self.people.append(p)
        self.names.add(name)
        return p

    def new_az(self, female: bool | None = None, reserve: bool = False) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.22
        while True:
            given = _choice(rng, _AZ_FEMALE if female else _AZ_MALE)
            root = _choice(rng, _AZ_ROOTS)
            form = rng.random()
            if form < 0.72:
                base = root + ("yev" if root[-1] in "aeiou" else "ov")
                surname = base + "a" if female else base
            elif form < 0.84:
                surname = root + ("li" if root[-1] not in "i" else "yli")
            elif form < 0.95:
                surname = root + "zade"
            elif female:
                surname = root + "gizi"
            else:
                surname = root
            name = f"{given} {surname}"
            if name in self.names or surname in self.reserved or given == root:
                continue
            if reserve:
                # Keep the surname (in every gender form) for this person alone.
                stem = surname[:-1] if surname.endswith(("ova", "eva")) else surname
                if any(r.startswith(stem) or stem.startswith(r) for r in self.reserved):
                    continue
                self.reserved.update({surname, stem, stem + "a"})
            honor = ("Mrs" if rng.random() < 0.75 else "Ms") if female else "Mr"
            return self._add(name, surname, female, honor)

    def new(self, culture: str) -> Person:
        if culture == "az":
            return self.new_az()
        rng = self.rng
        c = _CULTURES[culture]
        female = rng.random() < 0.25
        while True:
            given = _choice(rng, c.female if female else c.male)
            surname = _choice(rng, c.surnames)
            if female:
                surname = c.fem(surname)
            if culture in ("es", "en") and rng.random() < 0.08:
                other = _choice(rng, c.surnames)
                if other != surname and "-" not in other:
                    surname = f"{surname}-{other}"
            if c.family_first:
                name = f"{surname} {given}"
            elif culture == "ar" and not female and rng.random() < 0.3:
                father = _choice(rng, c.male)
                if father == given:
                    continue
                name = f"{given} bin {father} {surname}"
            else:
                name = f"{given} {surname}"
            if name in self.names or surname in self.reserved:
                continue
            honor = ("Mrs" if rng.random() < 0.6 else "Ms") if female else "Mr"
            return self._add(name, surname, female, honor)


@functools.lru_cache(maxsize=4)
def _world(seed: int) -> _World:
    return _World(seed)


# --------------------------------------------------------------------------------------------
# Writing one release
# --------------------------------------------------------------------------------------------

_SHORT_REF = re.compile("\x01(\\d+)\\|([^\x01]*)\x01")
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{_ORDINAL_SUFFIX.get(n % 10, 'th')}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


_SMALL_WORDS = frozenset(("a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"))


def _headline(s: str) -> str:
    """Title case for headlines: small words stay lower case."""
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in s.split())


def _join_names(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


class _Ctx:
    """Values for sentence templates: fixed per release, or drawn afresh on each use."""

    __slots__ = ("fixed", "rng", "topics")

    def __init__(self, rng: random.Random, fixed: dict[str, str], topics: Sequence[str]) -> None:
        self.rng = rng
        self.fixed = fixed
        self.topics = topics

    def __getitem__(self, key: str) -> str:
        value = self.fixed.get(key)
        if value is not None:
            return value
        rng = self.rng
        if key == "n":
            return str(rng.randint(2, 40))
        if key == "N":
            return str(rng.randint(60, 2400))
        if key == "sector":
            return _choice(rng, _SECTORS)
        if key == "law":
            return _choice(rng, _LAWS)
        if key == "topic":
            return _choice(rng, self.topics)
        if key == "reading":
            return _choice(rng, ("first", "second", "third"))
        if key == "org":
            return _choice(rng, _ORGS).full
        if key == "k":
            return str(rng.randint(2, 6))
        if key == "pct":
            return str(rng.randint(38, 82))
        raise KeyError(key)


class _Writer:
    """Collects the paragraphs and the people of one release."""

    def __init__(self, world: _World, rng: random.Random, day: date) -> None:
        self.w = world
        self.rng = rng
        self.day = day
        self.year = day.year
        self.conv = min((day.year - 2000) // 5, 4)
        self.after_war = day >= _LIBERATION
        self.cast: dict[int, list[Any]] = {}  # pid -> [role, took_part, mentions]
        self.paras: list[str] = []
        self.words = 0
        self.used: set[str] = set()
        fixed = {"dd": f"{day.day} {MONTHS[day.month - 1]}", "year": str(day.year)}
        self.ctx = _Ctx(rng, fixed, _TOPICS + _TOPICS_NEW if self.after_war else _TOPICS)
        self.claims = _CLAIMS_DOMESTIC  # what filler statements are about
        self.speakers: list[Person] = []
        self.no_leader = False  # the National Leader's name is used for a building here
        self.titles: dict[int, str] = {}
        self.delegation: list[Person] = []  # a visiting delegation's other members

    # -- people ---------------------------------------------------------------------------

    def add(
        self, p: Person, role: str, took_part: bool, speaker: bool = False, title: str = ""
    ) -> Person:
        """Put p in the release; title is a word for back-references ("Ambassador Y")."""
        entry = self.cast.get(p.pid)
        if title:
            self.titles.setdefault(p.pid, title)
        if entry is None:
            self.cast[p.pid] = [role, took_part, []]
        elif took_part:
            entry[1] = True
        if speaker and p not in self.speakers:
            self.speakers.append(p)
        return p

    def _mention(self, p: Person, text: str) -> str:
        mentions = self.cast[p.pid][2]
        if text not in mentions:
            mentions.append(text)
        return text

    def full(self, p: Person) -> str:
        return self._mention(p, p.name)

    def titled(self, p: Person, role: str | None = None) -> str:
        return f"{role or self.cast[p.pid][0]} {self._mention(p, p.name)}"

    def short(self, p: Person, honor: str | None = None) -> str:
        """A surname reference ("Mrs Y"), resolved once the whole cast is known."""
        if honor is None:
            title = self.titles.get(p.pid)
            honor = title if title and self.rng.random() < 0.4 else p.honor
        return f"\x01{p.pid}|{honor}\x01"

    def expert(self, p: Person, took_part: bool) -> Person:
        role = self.w.role[p.pid]
        title = "Professor" if role.startswith("Professor") else "Dr" if "director" in role else ""
        return self.add(p, role, took_part, speaker=took_part, title=title)

    def delegation_sentence(self) -> str:
        if not self.delegation:
            return ""
        if len(self.delegation) == 1:
            return f"The visiting delegation also included {self.titled(self.delegation[0])}."
        members = "members" + self.cast[self.delegation[0].pid][0][len("member") :]
        names = _join_names([self.full(p) for p in self.delegation])
        return f"The visiting delegation also included the {members} {names}."

    def recalled_visit(self, ci: int) -> str:
        """A past visit by the foreign head of state: referred to, not part of this event."""
        head = _foreign_head(self, ci, False)
        role = self.cast[head.pid][0]
        year = self.year - 1 - int(self.rng.random() * 3)
        return _choice(
            self.rng,
            (
                f"The state visit of {role} {self.full(head)} to Azerbaijan in {year} was "
                "recalled as a milestone in the relations.",
                f"The agreements reached during the visit of {role} {self.full(head)} to Baku in "
                f"{year} were said to be bearing fruit.",
            ),
        )

    def has(self, p: Person) -> bool:
        return p.pid in self.cast

    def fresh(self, pick: Callable[[random.Random], Person]) -> Person:
        """Draw someone not yet in this release."""
        for _ in range(50):
            p = pick(self.rng)
            if p.pid not in self.cast:
                return p
        return p

    def mps(self, k: int, role: str = "MP", took_part: bool = True) -> list[Person]:
        pool = self.w.mp_pools[self.conv]
        out = [self.fresh(pool.pick) for _ in range(k)]
        out = list(dict.fromkeys(out))
        for p in out:
            self.add(p, role, took_part, speaker=took_part)
        return out

    # -- text -----------------------------------------------------------------------------

    def fill(self, template: str) -> str:
        return template.format_map(self.ctx)

    def _unused(self, bank: Sequence[str]) -> str | None:
        """A template from bank not yet used in this release (None if none was found)."""
        rng = self.rng
        for _ in range(6):
            t = _choice(rng, bank)
            if t not in self.used:
                self.used.add(t)
                return self.fill(t)
        return None

    def pick(self, bank: Sequence[str]) -> str:
        """A fresh sentence from bank, or a generated statement once the bank runs dry."""
        text = self._unused(bank)
        return self.statement(self.claims) if text is None else text

    def picks(self, bank: Sequence[str], k: int) -> list[str]:
        return [self.pick(bank) for _ in range(k)]

    def claim(self, claims: _Claims) -> str:
        rng = self.rng
        if rng.random() < 0.45:
            text = self._unused(claims.fixed)
            if text is not None:
                return text
        return self.fill(f"{_choice(rng, claims.subjects)} {_choice(rng, claims.predicates)}")

    def statement(self, claims: _Claims) -> str:
        claim = self.claim(claims)
        form = _choice(self.rng, _STATEMENT)
        return form.format(CL=_cap(claim)) if "{CL}" in form else form.format(cl=claim)

    def say(self, p: Person, claims: _Claims, pronoun: bool = False) -> str:
        rng = self.rng
        form = _choice(rng, _SPEECH if pronoun else _SPEECH_NAMED)
        claim = self.claim(claims)
        if "{S}" in form:
            ref = self.short(p) if rng.random() < 0.6 else self.full(p)
            if "{CL}" in form:
                return form.format(S=ref, CL=_cap(claim))
            return form.format(S=ref, cl=claim)
        return form.format(
            cl=claim, P="She" if p.female else "He", his="her" if p.female else "his"
        )

    def para(self, *sentences: str) -> None:
        text = " ".join(s for s in sentences if s)
        self.paras.append(text)
        self.words += text.count(" ") + 1

    def region(self) -> str:
        return self.pick(_REGION_NEW if self.after_war else _REGION_OLD)

    def set_country(self, ci: int) -> _Country:
        c = _COUNTRIES[ci]
        self.ctx.fixed.update(c=c.name, a=c.adj, leg=c.legislature, cap=c.capital)
        return c

    def country(self) -> int:
        return _draw(self.rng, self.w.country_cum)

    def committee(self) -> int:
        return _draw(self.rng, self.w.committee_cum)

    # -- people of the moment ---------------------------------------------------------------

    def president(self) -> Person:
        return self.w.leader if self.day < date(2003, 10, 31) else self.w.president

    def greet_president(self, sender: Person) -> str:
        """A sentence passing greetings to (not involving) the President."""
        pres = self.add(self.president(), "President of Azerbaijan", False)
        his = "her" if sender.female else "his"
        return _choice(
            self.rng,
            (
                f"{self.short(sender)} asked that {his} greetings be conveyed to President "
                f"{self.full(pres)}.",
                f"At the end of the meeting {self.short(sender)} asked the Chair to pass on "
                f"{his} best wishes to President {self.full(pres)}.",
                f"Greetings were passed on to President of Azerbaijan {self.full(pres)}.",
            ),
        )

    def legacy(self) -> str:
        """A sentence citing the National Leader (who takes part in nothing)."""
        if self.day < date(2004, 1, 1):
            pres = self.add(self.president(), "President of Azerbaijan", False)
            return (
                f"The policy pursued by President {self.full(pres)} was credited with the "
                "country’s stability and growth."
            )
        leader = self.add(self.w.leader, "National Leader", False)
        return _choice(
            self.rng,
            (
                f"The foundations of this cooperation were laid by National Leader "
                f"{self.full(leader)}, it was recalled.",
                f"The legacy of National Leader {self.full(leader)} was described as the "
                "cornerstone of modern Azerbaijani statehood.",
                f"It was recalled that the modern Constitution of the country had been drawn up "
                f"under the guidance of National Leader {self.full(leader)}.",
            ),
        )

    def decree(self) -> str:
        pres = self.add(self.president(), "President of Azerbaijan", False)
        return _choice(
            self.rng,
            (
                f"The draft had been prepared in line with the decree of President "
                f"{self.full(pres)} on {self.ctx['topic']}.",
                f"The bill follows the state programme on {self.ctx['topic']} approved by "
                f"President {self.full(pres)}.",
                f"The instructions given by President of the Republic of Azerbaijan "
                f"{self.full(pres)} on {self.ctx['topic']} were mentioned.",
            ),
        )

    def talk(self, bank: Sequence[str], claims: _Claims, k: int = 2) -> None:
        """A paragraph: a speaker's statement among k sentences of context."""
        rng = self.rng
        sents = self.picks(bank, k)
        if rng.random() < 0.5:
            sents[rng.randrange(k)] = self.statement(claims)
        if self.speakers:
            sents.insert(
                rng.randrange(len(sents) + 1), self.say(_choice(rng, self.speakers), claims)
            )
        self.para(*sents)


def _draw(rng: random.Random, cum: list[float]) -> int:
    """Index drawn with the given cumulative weights."""
    return min(bisect.bisect_right(cum, rng.random() * cum[-1]), len(cum) - 1)


# --------------------------------------------------------------------------------------------
# Scenarios: each writes the opening paragraphs, returns the title and a paragraph source
# --------------------------------------------------------------------------------------------

_More = Callable[[], None]


@dataclass(frozen=True, slots=True)
class _Talk:
    """What a meeting is about: two banks of context sentences and the claims people make."""

    main: tuple[str, ...]
    second: tuple[str, ...]
    claims: _Claims


def _guest(w: _Writer, ci: int, orgs: bool = True) -> tuple[Person, str, _Talk]:
    """A foreign visitor: the person, a short title phrase and what the talks are about."""
    c = _COUNTRIES[ci]
    rng = w.rng
    slot7, slot5, slot4 = (w.year - 2000) // 4, w.conv, min((w.year - 2000) // 7, 3)
    bilateral = _Talk(_REL, _PARL, _CLAIMS_BILATERAL)
    x = rng.random() if orgs else rng.random() * 0.93
    if x < 0.45:
        p = w.w.ambassadors[ci][min(slot7, 6)]
        role = _choice(
            rng,
            (
                f"Ambassador of {c.name} to Azerbaijan",
                f"{c.poss} Ambassador to Azerbaijan",
                f"{c.adj} Ambassador",
                f"Ambassador Extraordinary and Plenipotentiary of {c.name} to Azerbaijan",
            ),
        )
        w.add(p, role, True, speaker=True, title="Ambassador")
        return p, f"{c.adj} Ambassador", bilateral
    if x < 0.7:
        p = w.w.speakers[ci][slot5]
        role = f"Speaker of {c.legislature}"
        return w.add(p, role, True, speaker=True, title="Speaker"), role, bilateral
    if x < 0.85:
        p = w.w.group_heads[ci][slot5]
        role = f"head of the {c.adj}-Azerbaijani friendship group of {c.legislature}"
        w.add(p, role, True, speaker=True)
        members = w.w.foreign_mps[ci]
        for m in rng.sample(members, rng.randint(1, 3)):
            w.delegation.append(w.add(m, f"member of {c.legislature}", True, speaker=True))
        return p, f"{c.adj} Parliamentary Delegation", bilateral
    if x < 0.93:
        p = w.w.fms[ci][slot4]
        role = f"Minister of Foreign Affairs of {c.name}"
        w.add(p, role, True, speaker=True, title="Minister")
        return p, f"{c.adj} Foreign Minister", bilateral
    oi = rng.randrange(len(_ORGS))
    org = _ORGS[oi]
    p = w.w.org_officials[oi][slot5]
    w.ctx.fixed["org"] = org.full
    return w.add(p, org.role, True, speaker=True), org.role, _Talk(_ORG_TALK, _PARL, _CLAIMS_ORG)


def _foreign_head(w: _Writer, ci: int, took_part: bool) -> Person:
    c = _COUNTRIES[ci]
    p = w.w.heads[ci][min((w.year - 2000) // 7, 3)]
    if c.monarchy:
        return w.add(p, f"Prime Minister of {c.name}", took_part, took_part, "Prime Minister")
    return w.add(p, f"President of {c.name}", took_part, took_part, "President")


def _chair_meeting(w: _Writer) -> tuple[str, _More]:
    rng = w.rng
    chair = w.add(w.w.chair, "Chair of the Milli Majlis", True, speaker=True)
    ci = w.country()
    c = w.set_country(ci)
    guest, gshort, talk = _guest(w, ci)
    w.claims = talk.claims
    is_org = talk.claims is _CLAIMS_ORG
    dd = w.ctx["dd"]
    t = rng.random()
    if t < 0.3:
        title = f"Chair of the Milli Majlis {w.full(chair)} Meets {gshort}"
    elif t < 0.5:
        title = f"Speaker {w.full(chair)} Receives {w.titled(guest)}"
    elif t < 0.7:
        title = f"Milli Majlis Chair Holds Talks with {gshort}"
    elif t < 0.85:
        title = f"{gshort} Visits the Milli Majlis"
    else:
        title = f"Meeting of Chair of Milli Majlis {w.full(chair)} with {gshort}"
    opening = _choice(
        rng,
        (
            f"Chair of the Milli Majlis {w.full(chair)} met {w.titled(guest)} on {dd}.",
            f"On {dd}, Chair of the Milli Majlis {w.full(chair)} received {w.titled(guest)}, "
            f"who is on a working visit to Azerbaijan.",
            f"{w.titled(guest)} was received by Chair of the Milli Majlis {w.full(chair)} on {dd}.",
            f"Speaker of the Milli Majlis {w.full(chair)} held a meeting with {w.titled(guest)} "
            f"on {dd} at the latter’s request.",
        ),
    )
    w.para(opening, w.delegation_sentence() or w.pick(talk.main))
    w.para(
        f"Welcoming the guest, {w.short(chair, _choice(rng, ('Mrs', 'Speaker')))} "
        f"{_choice(rng, ('said', 'noted', 'remarked'))} that {w.claim(talk.claims)}.",
        w.pick(talk.main),
        w.say(chair, talk.claims, pronoun=True),
    )
    w.para(
        f"{w.short(guest)} thanked {w.short(chair, 'Speaker')} for the warm welcome.",
        w.say(guest, talk.claims, pronoun=True),
        w.pick(talk.second),
    )
    if not is_org and rng.random() < 0.4:
        head = _foreign_head(w, ci, False)
        w.para(
            f"{w.short(guest)} conveyed to the Chair of the Milli Majlis the greetings of "
            f"{w.cast[head.pid][0]} {w.full(head)}.",
            w.greet_president(guest) if rng.random() < 0.5 else "",
        )
    elif rng.random() < 0.25:
        w.para(w.greet_president(guest))
    if rng.random() < 0.5:
        present: list[str] = []
        if rng.random() < 0.5:
            dep = w.add(
                _choice(rng, w.w.deputies[w.conv]), "Deputy Chair of the Milli Majlis", True
            )
            present.append(w.titled(dep))
        for mp in w.mps(rng.randint(1, 3)):
            present.append(w.titled(mp))
        if not is_org and rng.random() < 0.5:
            amb = w.w.az_ambassadors[ci][w.conv]
            w.add(amb, f"Azerbaijan’s Ambassador to {c.name}", True)
            present.append(w.titled(amb))
        w.para(
            _choice(rng, ("Also present at the meeting were ", "The meeting was also attended by "))
            + _join_names(present)
            + "."
        )

    state = {"recalled": w.has(w.w.heads[ci][min((w.year - 2000) // 7, 3)])}

    def more() -> None:
        x = rng.random()
        if x < 0.35:
            w.talk(talk.main, talk.claims)
        elif x < 0.6:
            w.talk(talk.second, talk.claims)
        elif x < 0.8:
            w.para(w.region(), w.region(), w.say(chair, talk.claims))
        elif x < 0.85 and rng.random() < 0.3 and not w.has(w.w.leader):
            w.para(w.legacy(), w.pick(talk.main))
        elif x < 0.9 and not is_org and not state["recalled"]:
            state["recalled"] = True
            w.para(w.recalled_visit(ci), w.pick(talk.main))
        else:
            w.para(w.say(guest, talk.claims), w.pick(talk.second))

    return title, more


def _chair_travel(w: _Writer) -> tuple[str, _More]:
    rng = w.rng
    w.claims = _CLAIMS_BILATERAL
    chair = w.add(w.w.chair, "Chair of the Milli Majlis", True, speaker=True)
    ci = w.country()
    c = w.set_country(ci)
    speaker = w.add(w.w.speakers[ci][w.conv], f"Speaker of {c.legislature}", True, True, "Speaker")
    dd = w.ctx["dd"]
    t = rng.random()
    if t < 0.35:
        title = f"Chair of the Milli Majlis {w.full(chair)} on Official Visit to {c.name}"
    elif t < 0.6:
        title = f"Speaker {w.full(chair)} Holds Talks in {c.capital}"
    elif t < 0.8:
        title = f"Milli Majlis Delegation Visits {c.name}"
    else:
        title = f"Official Visit of the Parliamentary Delegation to {c.name} Continues"
    w.para(
        _choice(
            rng,
            (
                f"A delegation of the Milli Majlis led by Chair of the Milli Majlis "
                f"{w.full(chair)} arrived in {c.capital} on {dd} on an official visit.",
                f"Chair of the Milli Majlis {w.full(chair)}, who is on an official visit to "
                f"{c.name}, met {w.titled(speaker)} on {dd}.",
            ),
        ),
        w.pick(_REL),
    )
    members = [w.titled(m) for m in w.mps(rng.randint(2, 5))]
    if rng.random() < 0.6:
        dep = w.add(_choice(rng, w.w.deputies[w.conv]), "Deputy Chair of the Milli Majlis", True)
        members.insert(0, w.titled(dep))
    amb = w.add(w.w.az_ambassadors[ci][w.conv], f"Azerbaijan’s Ambassador to {c.name}", True)
    w.para(
        "The delegation includes " + _join_names(members) + ".",
        f"The guests were welcomed at the airport by {w.titled(amb)}.",
    )
    w.para(
        f"At the talks with {w.titled(speaker)}, {w.short(chair)} said that "
        f"{w.claim(_CLAIMS_BILATERAL)}.",
        w.pick(_PARL),
        w.say(speaker, _CLAIMS_BILATERAL),
    )
    if rng.random() < 0.5:
        head = _foreign_head(w, ci, True)
        w.para(
            f"The Chair of the Milli Majlis was also received by {w.titled(head)}.",
            w.greet_president(head) if rng.random() < 0.6 else "",
            w.say(head, _CLAIMS_BILATERAL),
        )
    state = {"sites": 0}

    def more() -> None:
        x = rng.random()
        if x < 0.25 and state["sites"] < 2:
            state["sites"] += 1
            w.para(
                _choice(
                    rng,
                    (
                        f"The delegation then visited the national museum of {c.name}, where the "
                        "guests were shown exhibits on the history of the country.",
                        f"{w.short(chair, 'Speaker')} laid a wreath at a memorial in "
                        f"{c.capital} and signed the book of honorary guests.",
                        f"The members of the delegation met Azerbaijanis living in {c.name}.",
                        "The Azerbaijani MPs visited a university and met students and teachers.",
                    ),
                ),
                w.pick(_REL),
            )
        elif x < 0.55:
            w.talk(_PARL, _CLAIMS_BILATERAL)
        elif x < 0.8:
            w.talk(_REL, _CLAIMS_BILATERAL)
        else:
            w.para(w.region(), w.say(chair, _CLAIMS_BILATERAL))

    return title, more


def _plenary(w: _Writer) -> tuple[str, _More]:
    rng = w.rng
    month = w.day.month
    session = "spring" if 2 <= month <= 6 else "autumn" if month >= 9 else "extraordinary"
    if rng.random() < 0.2:
        chair = w.add(w.w.chair, "Chair of the Milli Majlis", True, speaker=True)
    else:
        deps = w.w.deputies[w.conv]
        role = "First Deputy Chair of the Milli Majlis"
        chair = deps[0] if rng.random() < 0.5 else _choice(rng, deps[1:])
        if chair is not deps[0]:
            role = "Deputy Chair of the Milli Majlis"
        w.add(chair, role, True, speaker=True)
    law = w.ctx["law"]
    t = rng.random()
    if t < 0.3:
        title = "Plenary Sitting of the Milli Majlis"
    elif t < 0.5:
        title = f"Milli Majlis Holds a Plenary Sitting of the {_cap(session)} Session"
    elif t < 0.7:
        title = f"Milli Majlis Passes Amendments to the Law on {law}"
    elif t < 0.85:
        title = "At the Plenary Sitting of the Milli Majlis"
    else:
        title = f"{w.titled(chair)} Chairs the Plenary Sitting"
    items = rng.randint(3, 18)
    w.para(
        f"{w.titled(chair)} chaired a plenary sitting of the Milli Majlis held on "
        f"{w.ctx['dd']}, with {items} items on the agenda.",
        w.pick(_PLENARY_OPEN),
    )
    speakers = w.mps(rng.randint(2, 9))
    names = _join_names([w.full(p) for p in speakers])
    w.para(
        _choice(
            rng,
            (
                f"The MPs {names} took the floor during the discussion of current issues.",
                f"Speaking on current issues were the MPs {names}.",
                f"Current issues were raised by MPs {names}.",
            ),
        ),
        w.say(_choice(rng, speakers), _CLAIMS_DOMESTIC),
    )
    if rng.random() < 0.15:
        hero = w.add(w.fresh(w.w.heroes.pick), "National Hero of Azerbaijan", False)
        w.para(
            f"At the start of the sitting the House honoured the memory of National Hero of "
            f"Azerbaijan {w.full(hero)} with a minute of silence."
        )
    elif w.conv and rng.random() < 0.12:
        former = [p for p in w.w.mps[w.conv - 1] if p not in w.w.mps[w.conv]]
        late = w.add(_choice(rng, former), "former MP", False)
        w.para(
            f"The House paid tribute to the memory of former MP {w.full(late)}, who had "
            f"represented one of the rural constituencies in the previous convocation.",
            w.pick(_PLENARY_OPEN),
        )
    state = {"item": 1}

    def more() -> None:
        k = state["item"]
        if k > items or rng.random() < 0.15:
            w.talk(_PLENARY_TALK, _CLAIMS_DOMESTIC)
            return
        state["item"] += 1
        ki = w.committee()
        cchair = w.w.committee_chairs[w.conv][ki]
        w.add(cchair, f"Chair of the {_COMMITTEES[ki]} Committee", True, speaker=True)
        sents = [
            f"Item {k} of the agenda, draft amendments to the Law ‘On {w.ctx['law']}’, was "
            f"presented by {w.titled(cchair)}.",
            w.pick(_LAWTALK),
        ]
        if rng.random() < 0.03 and not w.has(w.president()):
            sents.append(w.decree())
        ps = w.mps(rng.randint(1, 4))
        sents.append(
            f"The MPs {_join_names([w.full(p) for p in ps])} spoke on the bill."
            if len(ps) > 1
            else f"MP {w.full(ps[0])} spoke on the bill."
        )
        sents.append(w.pick(_PLENARY_TALK))
        w.para(*sents)
        if rng.random() < 0.4:
            w.talk(_LAWTALK, _CLAIMS_DOMESTIC, 1)

    return title, more


def _committee(w: _Writer) -> tuple[str, _More]:
    rng = w.rng
    ki = w.committee()
    name = _COMMITTEES[ki]
    cchair = w.add(
        w.w.committee_chairs[w.conv][ki], f"Chair of the {name} Committee", True, speaker=True
    )
    law = w.ctx["law"]
    t = rng.random()
    if t < 0.35:
        title = f"At the Meeting of the {name} Committee"
    elif t < 0.6:
        title = f"{name} Committee Discusses Draft Law on {law}"
    elif t < 0.8:
        title = f"Parliament’s {name} Committee Holds Meeting"
    else:
        title = f"Committee Chair {w.full(cchair)} Sums Up the Session"
    w.para(
        _choice(
            rng,
            (
                f"The {name} Committee of the Milli Majlis met on {w.ctx['dd']}.",
                f"A meeting of the {name} Committee of the Milli Majlis was held on {w.ctx['dd']}.",
            ),
        ),
        f"{w.titled(cchair)} opened the meeting and informed the members of the agenda.",
        f"The first item was the draft Law ‘On {law}’.",
    )
    mi = _COMMITTEE_MINISTRY[ki]
    minister = w.w.ministers[mi][min((w.year - 2000) // 9, 2)]
    x = rng.random()
    if x < 0.35:
        w.add(minister, f"Minister of {_MINISTRIES[mi]}", True, True, "Minister")
        w.para(
            f"{w.titled(minister)} took part in the meeting and answered the MPs’ questions.",
            w.say(minister, _CLAIMS_DOMESTIC),
        )
    elif x < 0.55:
        w.add(minister, f"Minister of {_MINISTRIES[mi]}", False)
        w.para(
            f"A written opinion on the draft signed by {w.titled(minister)} was read out.",
            w.pick(_LAWTALK),
        )
    elif x < 0.65:
        omb = w.add(w.w.ombudsman[w.year >= 2010], "Commissioner for Human Rights", False)
        w.para(
            f"Recommendations from the annual report of Commissioner for Human Rights "
            f"{w.full(omb)} were also taken into account.",
        )
    if rng.random() < 0.3:
        ex = w.fresh(w.w.experts.pick)
        w.expert(ex, True)
        w.para(f"{_cap(w.titled(ex))} also addressed the meeting.", w.say(ex, _CLAIMS_DOMESTIC))
    members = w.mps(rng.randint(2, 6), "member of the committee")
    w.para(
        _choice(
            rng,
            (
                f"Committee members {_join_names([w.full(p) for p in members])} spoke on the "
                "draft.",
                f"The discussion involved the MPs {_join_names([w.full(p) for p in members])}.",
            ),
        ),
        w.say(_choice(rng, members), _CLAIMS_DOMESTIC),
    )
    if rng.random() < 0.05:
        w.para(w.decree(), w.pick(_LAWTALK))

    def more() -> None:
        x = rng.random()
        if x < 0.4:
            w.talk(_LAWTALK, _CLAIMS_DOMESTIC)
        elif x < 0.7:
            w.talk(_COMMITTEE_TALK, _CLAIMS_DOMESTIC)
        elif x < 0.85:
            w.para(w.say(cchair, _CLAIMS_DOMESTIC), w.pick(_COMMITTEE_TALK))
        else:
            extra = w.mps(1, "member of the committee")
            w.para(w.say(extra[0], _CLAIMS_DOMESTIC), w.pick(_LAWTALK))

    return title, more


def _event(w: _Writer) -> tuple[str, _More]:
    rng = w.rng
    x = rng.random()
    host: Person
    if x < 0.08:
        host = w.add(w.w.chair, "Chair of the Milli Majlis", True, speaker=True)
    elif x < 0.3:
        host = w.add(
            _choice(rng, w.w.deputies[w.conv]), "Deputy Chair of the Milli Majlis", True, True
        )
    else:
        host = w.mps(1)[0]
    kind = rng.random()
    dd = w.ctx["dd"]
    bank = _EVENT_TALK
    if kind < 0.3:
        fig, art, born = _choice(rng, w.w.historical)
        w.add(fig, art, False)
        age = w.year - born
        title = f"Milli Majlis Marks the {_ordinal(age)} Anniversary of {w.full(fig)}"
        w.para(
            f"An event dedicated to the {_ordinal(age)} anniversary of the birth of the {art} "
            f"{w.full(fig)} was held at the Milli Majlis on {dd}.",
            f"{w.titled(host)} opened the event.",
            f"The life and work of {w.full(fig)} were described as an inseparable part of the "
            "national heritage.",
        )
    elif kind < 0.55:
        form = _choice(rng, ("conference", "round table", "forum", "international conference"))
        topic = w.ctx["topic"]
        title = _choice(
            rng,
            (
                f"{_headline(form)} on {_headline(topic)} Held at the Milli Majlis",
                f"Milli Majlis Hosts {_headline(form)}",
                f"{_headline(form)} Discusses {_headline(topic)}",
            ),
        )
        bank = _EVENT_CONF_TALK
        venue = "the Milli Majlis"
        if w.year >= 2005 and rng.random() < 0.3:
            venue = f"the {w.w.leader.name} Centre"  # a named building: not a mention
            w.no_leader = True
        w.para(
            f"A {form} on {topic} was held at {venue} on {dd}.",
            f"{w.titled(host)} welcomed the participants.",
            w.pick(_CONF_TALK),
        )
        if rng.random() < 0.3:
            fig, art, _born = _choice(rng, w.w.historical)
            w.add(fig, art, False)
            w.para(
                f"Several speakers recalled the ideas of the {art} {w.full(fig)}, whose works "
                f"had first raised many of the questions on the agenda."
            )
        for _ in range(rng.randint(0, 2)):
            fe = w.fresh(w.w.foreign_experts.pick)
            w.add(fe, w.w.role[fe.pid], True, speaker=True)
            w.para(f"The {w.titled(fe)} also addressed the {form}.", w.say(fe, _CLAIMS_EVENT))
    elif kind < 0.75:
        title = _choice(
            rng, ("Awards Presented at the Milli Majlis", "Ceremony at the Milli Majlis")
        )
        winners = [w.fresh(w.w.laureates.pick) for _ in range(rng.randint(1, 4))]
        for p in winners:
            w.add(p, w.w.role[p.pid], True)
        w.para(
            f"{w.titled(host)} presented awards to {_join_names([w.titled(p) for p in winners])} "
            f"at a ceremony on {dd}.",
            w.pick(_EVENT_TALK),
        )
    else:
        title = _choice(
            rng, ("Book Presentation at the Milli Majlis", "Presentation of a New Book")
        )
        author = w.expert(w.fresh(w.w.experts.pick), True)
        w.para(
            f"A new book by {w.titled(author)} was presented at the Milli Majlis on {dd}.",
            f"{w.titled(host)} spoke about the importance of the publication.",
        )
    if w.year >= 2004 and rng.random() < 0.15 and not w.has(w.w.leader) and not w.no_leader:
        w.para(w.legacy())
    for _ in range(rng.randint(0, 2)):
        ex = w.expert(w.fresh(w.w.experts.pick), True)
        w.para(f"Speakers included {w.titled(ex)}.", w.say(ex, _CLAIMS_EVENT))
    ps = w.mps(rng.randint(1, 4))
    w.para(
        f"The MPs {_join_names([w.full(p) for p in ps])} also spoke at the event."
        if len(ps) > 1
        else f"MP {w.full(ps[0])} also spoke at the event."
    )

    w.claims = _CLAIMS_EVENT
    state = {"heroes": 0}

    def more() -> None:
        y = rng.random()
        if y < 0.7 or (y < 0.85 and state["heroes"]):
            w.talk(bank, _CLAIMS_EVENT)
        elif y < 0.85:
            state["heroes"] += 1
            hero = w.add(w.fresh(w.w.heroes.pick), "shahid", False)
            w.para(
                f"The participants honoured the memory of {w.full(hero)} and of all those who "
                "gave their lives for the country.",
                w.pick(bank),
            )
        else:
            w.talk(bank, _CLAIMS_DOMESTIC, 1)

    return title, more


def _news(w: _Writer) -> tuple[str, _More]:
    rng = w.rng
    kind = rng.random()
    dd = w.ctx["dd"]
    ci = w.country()
    c = w.set_country(ci)
    if kind < 0.25:
        if rng.random() < 0.5:
            host = "Deputy Chair of the Milli Majlis"
            dep = w.add(_choice(rng, w.w.deputies[w.conv]), host, True, True)
        else:
            ki = w.committee()
            host = f"Chair of the {_COMMITTEES[ki]} Committee"
            dep = w.add(w.w.committee_chairs[w.conv][ki], host, True, True)
        guest, gshort, talk = _guest(w, ci)
        title = _choice(
            rng,
            (
                f"{host} {w.full(dep)} Meets {gshort}",
                f"{gshort} Received at the Milli Majlis",
            ),
        )
        w.para(
            f"{w.titled(dep)} met {w.titled(guest)} on {dd}.",
            w.delegation_sentence() or w.pick(talk.main),
        )
        w.para(w.say(dep, talk.claims), w.say(guest, talk.claims), w.pick(talk.second))
        if talk.claims is _CLAIMS_BILATERAL and rng.random() < 0.35:
            w.para(w.recalled_visit(ci), w.pick(_REL))
        bank, claims, extra = talk.main, talk.claims, talk.second
    elif kind < 0.45:
        oi = _choice(rng, range(len(_ASSEMBLIES)))
        org = _ASSEMBLIES[oi]
        w.ctx.fixed["org"] = org.full
        lead: Person
        if rng.random() < 0.3:
            lead = w.add(
                _choice(rng, w.w.deputies[w.conv]), "Deputy Chair of the Milli Majlis", True, True
            )
        else:
            lead = w.mps(1, "head of the delegation")[0]
        members = w.mps(rng.randint(1, 4))
        title = _choice(
            rng,
            (
                f"Azerbaijani MPs Attend {org.short} Session",
                f"Milli Majlis Delegation Takes Part in the {org.short} Session in {c.capital}",
            ),
        )
        w.para(
            f"A delegation of the Milli Majlis led by {w.titled(lead)} is taking part in the "
            f"session of {org.full}, which opened in {c.capital} on {dd}.",
            f"The delegation includes the MPs {_join_names([w.full(p) for p in members])}."
            if len(members) > 1
            else f"MP {w.full(members[0])} is also a member of the delegation.",
        )
        oidx = _ORGS.index(org)
        off = w.w.org_officials[oidx][w.conv]
        w.add(off, org.role, True, speaker=True)
        w.para(f"The session was opened by {w.titled(off)}.", w.pick(_ASSEMBLY_TALK))
        ends = w.day.day + rng.randint(2, 5)
        if ends <= 28:
            w.para(f"The session will continue until {ends} {MONTHS[w.day.month - 1]}.")
        bank, claims, extra = _ASSEMBLY_TALK, _CLAIMS_ORG, _PARL
    elif kind < 0.6:
        wg = f"head of the working group on inter-parliamentary relations with {c.name}"
        head = w.mps(1, wg)[0]
        guest, gshort, _talk = _guest(w, ci, orgs=False)
        title = f"Working Group on Relations with {c.name} Meets {gshort}"
        w.para(
            f"{w.titled(head)} met {w.titled(guest)} on {dd}.",
            w.delegation_sentence() or w.pick(_PARL),
        )
        w.para(w.say(head, _CLAIMS_BILATERAL), w.say(guest, _CLAIMS_BILATERAL))
        if rng.random() < 0.35:
            w.para(w.recalled_visit(ci), w.pick(_PARL))
        bank, claims, extra = _PARL, _CLAIMS_BILATERAL, _REL
    elif kind < 0.72:
        obs = w.mps(rng.randint(1, 4))
        title = f"Azerbaijani MPs Observe Elections in {c.name}"
        names = _join_names([w.full(p) for p in obs])
        w.para(
            f"The MPs {names} observed the parliamentary elections held in {c.name} on {dd}."
            if len(obs) > 1
            else f"MP {names} observed the parliamentary elections held in {c.name} on {dd}.",
            w.pick(_ELECTION_TALK),
        )
        bank, claims, extra = _ELECTION_TALK, _CLAIMS_BILATERAL, _ELECTION_TALK
    elif kind < 0.95:
        mp = w.mps(1)[0]
        outlet = _choice(rng, _OUTLETS)
        title = f"MP {w.full(mp)} Interviewed by {_cap(outlet)}"
        w.para(
            f"MP {w.full(mp)} gave an interview to {outlet} on {dd}.",
            w.say(mp, _CLAIMS_DOMESTIC, pronoun=True),
        )
        if rng.random() < 0.25:
            w.para(w.decree())
        elif w.year >= 2004 and rng.random() < 0.3:
            w.para(w.legacy())
        bank, claims, extra = _INTERVIEW_TALK, _CLAIMS_DOMESTIC, _LAWTALK
    elif kind < 0.98:
        chair = w.add(w.w.chair, "Chair of the Milli Majlis", True, speaker=True)
        spk = w.add(w.w.speakers[ci][w.conv], f"Speaker of {c.legislature}", False)
        his = "her" if spk.female else "his"
        why = _choice(
            rng,
            (
                f"on the occasion of the national day of {c.name}",
                f"congratulating {'her' if spk.female else 'him'} on {his} election",
                f"expressing condolences over the victims of the earthquake in {c.name}",
            ),
        )
        title = f"Chair of the Milli Majlis Sends a Message to the Speaker of {c.legislature}"
        w.para(
            f"Chair of the Milli Majlis {w.full(chair)} sent a letter to {w.titled(spk)} {why}.",
            w.pick(_LETTER_TALK),
        )
        bank, claims, extra = _LETTER_TALK, _CLAIMS_BILATERAL, _REL
    else:
        chair = w.add(w.w.chair, "Chair of the Milli Majlis", True, speaker=True)
        spk = w.add(w.w.speakers[ci][w.conv], f"Speaker of {c.legislature}", True, speaker=True)
        call = "video call" if w.year >= 2020 else "telephone conversation"
        title = (
            f"{_headline(call)} Between the Speakers of the Parliaments of Azerbaijan and {c.name}"
        )
        w.para(
            f"Chair of the Milli Majlis {w.full(chair)} held a {call} with {w.titled(spk)} "
            f"on {dd}.",
            w.say(spk, _CLAIMS_BILATERAL),
            w.pick(_PARL),
        )
        bank, claims, extra = _PARL, _CLAIMS_BILATERAL, _REL

    w.claims = claims

    def more() -> None:
        x = rng.random()
        if x < 0.7:
            w.talk(bank, claims)
        elif x < 0.8 and extra is not _ELECTION_TALK:
            w.para(w.region(), w.pick(extra))
        else:
            w.para(w.pick(extra), w.statement(claims))

    return title, more


_KINDS: tuple[tuple[Callable[[_Writer], tuple[str, _More]], int, float], ...] = (
    (_chair_meeting, 0, 0.045),
    (_chair_travel, 1, 0.015),
    (_plenary, 2, 0.11),
    (_committee, 3, 0.25),
    (_event, 4, 0.14),
    (_news, 5, 0.43),
)
_KIND_CUM = list(itertools.accumulate(k[2] for k in _KINDS))


# --------------------------------------------------------------------------------------------
# Assembling, truncating and exposing the truth
# --------------------------------------------------------------------------------------------


def _target_words(rng: random.Random) -> int:
    return max(165, min(1380, int(rng.lognormvariate(6.08, 0.45))))


def _render(w: _Writer, text: str) -> str:
    """Resolve surname references ("Mr Y"); the full name where that one would be unclear."""
    if "\x01" not in text:
        return text
    people = w.w.people
    counts: dict[str, int] = {}
    for pid in w.cast:
        s = people[pid].surname
        counts[s] = counts.get(s, 0) + 1

    def sub(m: re.Match[str]) -> str:
        p = people[int(m.group(1))]
        if counts.get(p.surname, 0) > 1 or text.find(p.name, 0, m.start()) == -1:
            return w.full(p)  # ambiguous surname, or the full name has not been given yet
        return w._mention(p, f"{m.group(2)} {p.surname}")

    return _SHORT_REF.sub(sub, text)


def _present(text: str, mention: str) -> int:
    """Position of a whole-word occurrence of mention in text, or -1."""
    i = text.find(mention)
    n = len(mention)
    while i != -1:
        end = i + n
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return i
        i = text.find(mention, i + 1)
    return -1


def _truncate(rng: random.Random, text: str, mentions: Sequence[str]) -> str:
    """Cut at about 2,000 bytes, mid-sentence, never inside a name."""
    raw = text.encode("utf-8")
    cut = len(raw[: rng.randint(1960, 2000)].decode("utf-8", "ignore"))
    for _ in range(20):
        moved = False
        for m in mentions:
            n = len(m)
            s = text.find(m, max(0, cut - n + 1), cut + n - 1)
            if s != -1 and s < cut:
                cut = s
                moved = True
        head = text[:cut].rstrip()
        if head.endswith((".", "!", "?", ":")) or "\n" in text[cut - 2 : cut + 1]:
            cut = len(head) - rng.randint(4, 25)
            moved = True
        if not moved:
            break
    return text[:cut]


def _make(world: _World, seed: int, i: int, truth: bool) -> tuple[str, str, dict[str, Any]]:
    rng = random.Random(seed * 4_294_967_296 + i)
    day = date.fromordinal(rng.randint(_FIRST_DAY, _LAST_DAY))
    hh = min(23, max(8, int(rng.gauss(16.5, 3.2))))
    hhmm = f"{hh:02d}:{rng.randrange(60):02d}"
    k = bisect.bisect_right(_KIND_CUM, rng.random() * _KIND_CUM[-1])
    scenario, cat_index, _ = _KINDS[min(k, len(_KINDS) - 1)]
    show_cat = rng.random() < 0.6
    if show_cat and cat_index != 5 and rng.random() < 0.12:
        cat_index = 5
    category = CATEGORIES[cat_index] if show_cat else None
    share = show_cat and rng.random() < 0.667
    truncated = rng.random() < 0.05
    single = rng.random() < 0.02
    q = rng.random()
    quote = "’" if q < 0.8 else "'" if q < 0.95 else "`"
    target = _target_words(rng)
    if truncated:
        target = max(target, 480)

    w = _Writer(world, rng, day)
    title, more = scenario(w)
    while w.words + _FIXED_WORDS + len(title.split()) < target:
        more()

    date_line = f"{day.day:02d} {MONTHS[day.month - 1]} {day.year} | {hhmm}   "
    head = [title, ""] if not single else [title]
    if category:
        head.append(category)
    head.append(date_line)
    if share:
        head.append("Share:        ")
    sep = "\n" if single else "\n\n"
    text = "\n".join(head) + sep + sep.join(w.paras) + sep + "\n".join(FOOTER) + sep + BOILERPLATE
    text = _render(w, text)
    if quote != "’":
        text = text.replace("’", quote).replace("‘", quote)

    people = world.people
    cast = [(people[pid], entry) for pid, entry in w.cast.items() if entry[2]]
    if truncated:
        mentions = [m.replace("’", quote) for _, e in cast for m in e[2]]
        text = _truncate(rng, text, mentions)

    name = f"r{i:06d}.txt"
    if not truth:
        return name, text, {}

    found: list[tuple[int, dict[str, Any]]] = []
    for p, (role, took_part, mentions) in cast:
        full = p.name.replace("’", quote)
        # Surname forms are looked for outside the full name ("Ambassador Zhu" in "Ambassador
        # Zhu Hui" is not a mention of its own).
        masked = text.replace(full, "\x00" * len(full)) if len(mentions) > 1 else text
        positions = [
            (pos, m)
            for m in (x.replace("’", quote) for x in mentions)
            if (pos := _present(text if m == full else masked, m)) != -1
        ]
        if not positions:
            continue
        found.append(
            (
                min(positions)[0],
                {
                    "name": p.name.replace("’", quote),
                    "role": role.replace("’", quote),
                    "took_part": bool(took_part),
                    "mentions": [m for _, m in sorted(positions)],
                },
            )
        )
    found.sort(key=lambda x: x[0])
    return (
        name,
        text,
        {
            "title": text.split("\n", 1)[0],
            "date": day.isoformat(),
            "time": hhmm,
            "category": category,
            "truncated": truncated,
            "people": [d for _, d in found],
        },
    )


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (file name, text) for n releases; release i depends only on (seed, i)."""
    world = _world(seed)
    for i in range(n):
        name, text, _ = _make(world, seed, i, False)
        yield name, text


def generate_with_truth(n: int, seed: int = 0) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (file name, text, truth): title, date, time, category, truncated, people."""
    world = _world(seed)
    for i in range(n):
        yield _make(world, seed, i, True)


_CHUNK = 2000  # releases per task when writing with several processes


def _write_range(directory: str, seed: int, start: int, stop: int) -> int:
    """Write releases start..stop-1 into directory; return the number of bytes written."""
    world = _world(seed)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    total = 0
    for i in range(start, stop):
        name, text, _ = _make(world, seed, i, False)
        data = memoryview(text.encode("utf-8"))
        fd = os.open(os.path.join(directory, name), flags, 0o644)
        try:
            done = 0
            while done < len(data):
                done += os.write(fd, data[done:])
        finally:
            os.close(fd)
        total += len(data)
    return total


def write_corpus(directory: Path, n: int, seed: int = 0, jobs: int = 1) -> int:
    """Write n releases into directory; return the number of bytes written.

    With jobs > 1 the releases are written by that many processes; since each release depends
    only on (seed, i), the files are the same either way.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    step = _CHUNK
    if jobs <= 1 or n <= step:
        return _write_range(str(directory), seed, 0, n)
    _world(seed)  # built once here; forked workers inherit it
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [
            pool.submit(_write_range, str(directory), seed, i, min(i + step, n))
            for i in range(0, n, step)
        ]
        return sum(f.result() for f in futures)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("n", type=int, help="number of releases")
    parser.add_argument("outdir", type=Path, help="directory to write r000000.txt ... into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPUs)"
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    size = write_corpus(args.outdir, args.n, args.seed, jobs=args.jobs)
    elapsed = time.perf_counter() - start
    print(
        f"wrote {args.n} releases, {size / 1e6:.1f} MB, to {args.outdir} "
        f"in {elapsed:.1f} s ({args.n / max(elapsed, 1e-9):.0f} files/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
